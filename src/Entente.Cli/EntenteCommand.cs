using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Storage;

namespace Entente.Cli;

/// <summary>The `entente` command line (DESIGN.md's contract); each subcommand lives in Commands/.</summary>
public static class EntenteCommand
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = new RootCommand("Entente: who are an actor's allies, how close, since when, and according to whom.");
        root.Subcommands.Add(AlliesCommand.Create(environment));
        root.Subcommands.Add(AskCommand.Create(environment));
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(ClaimsCommand.Create(environment));
        root.Subcommands.Add(ReviewCommand.Create(environment));
        root.Subcommands.Add(IngestCommand.Create(environment));
        root.Subcommands.Add(EvalCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ServeCommand.Create(environment));
        root.Subcommands.Add(KeysCommand.Create(environment));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                environment.Error.WriteLine($"entente: {error.Message}");
            environment.Error.WriteLine("Run `entente --help` for the commands and their options.");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = environment.Output, Error = environment.Error });
    }

    /// <summary>Runs a command body, turning a user's mistake into one line on stderr and exit code 1.</summary>
    public static int Guard(CliEnvironment environment, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is UserError or StoreException)
        {
            environment.Error.WriteLine($"entente: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            environment.Error.WriteLine($"entente: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            environment.Error.WriteLine($"entente: {e.Message} Check the path and its permissions.");
            return 1;
        }
    }
}
