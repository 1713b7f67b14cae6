using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>`entente ask "QUESTION" [--format F] [--db PATH] [--out FILE]`.</summary>
internal static class AskCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var question = new Argument<string[]>("question") { Description = "A question such as \"who are Iran's allies?\" or \"is Oman an ally of Iran?\"", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var command = new Command("ask", "Answer a question in plain English about an actor's allies") { question, format, db, output };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var reportFormat = CommonOptions.ResolveFormat(result.GetValue(format), result.GetValue(output));
            using var store = environment.OpenStore(result.GetValue(db));
            var answer = new Answering(store, environment.Today).Ask(string.Join(' ', result.GetValue(question)!));
            ReportOutput.Write(environment, answer, reportFormat, result.GetValue(output));
            return 0;
        }));
        return command;
    }
}
