using System.CommandLine;
using Entente.Web.Security;

namespace Entente.Cli.Commands;

/// <summary>`entente keys create|list|revoke`: the API keys that may write through `entente serve`.</summary>
internal static class KeysCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("keys", "Manage the API keys that may write through `entente serve`");
        command.Subcommands.Add(CreateKey(environment));
        command.Subcommands.Add(List(environment));
        command.Subcommands.Add(Revoke(environment));
        return command;
    }

    private static Command CreateKey(CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "Who or what the key is for, e.g. analyst-maria or ingest-bot" };
        var db = CommonOptions.Db();
        var command = new Command("create", "Create a key and print it once; only its hash is stored") { name, db };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var keyName = result.GetValue(name)!.Trim();
            if (!ApiKeySecret.IsValidName(keyName))
                throw new UserError($"'{keyName}' is not a usable key name; use 1 to 64 letters, digits, '.', '-' or '_'.");
            using var store = environment.OpenStore(result.GetValue(db));
            var (secret, key) = ApiKeySecret.Create(keyName, DateTimeOffset.UtcNow);
            store.AddApiKey(key);
            environment.Output.WriteLine(secret);
            environment.Error.WriteLine($"Created key '{keyName}'. It is shown only this once: store it now. Send it as `Authorization: Bearer <key>` or `X-Api-Key: <key>`.");
            return 0;
        }));
        return command;
    }

    private static Command List(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var command = new Command("list", "List the keys (name, first characters, created, revoked)") { db };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            using var store = environment.OpenStore(result.GetValue(db));
            var keys = store.ApiKeys();
            if (keys.Count == 0)
            {
                environment.Output.WriteLine("No API keys. Create one with `entente keys create NAME`.");
                return 0;
            }
            foreach (var key in keys)
            {
                var state = key.Revoked is { } revoked ? $"revoked {revoked:yyyy-MM-dd}" : "active";
                environment.Output.WriteLine($"{key.Name}\t{key.Prefix}…\tcreated {key.Created:yyyy-MM-dd}\t{state}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Revoke(CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "The key's name, as `entente keys list` shows it" };
        var db = CommonOptions.Db();
        var command = new Command("revoke", "Revoke a key: the server answers 403 to it from now on") { name, db };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var keyName = result.GetValue(name)!.Trim();
            using var store = environment.OpenStore(result.GetValue(db));
            if (!store.RevokeApiKey(keyName, DateTimeOffset.UtcNow))
                throw new UserError($"No key is named '{keyName}'. `entente keys list` shows the names.");
            environment.Output.WriteLine($"Revoked key '{keyName}'.");
            return 0;
        }));
        return command;
    }
}
