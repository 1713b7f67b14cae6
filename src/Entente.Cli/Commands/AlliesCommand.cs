using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>`entente allies ACTOR [--as-of DATE] [--format F] [--db PATH] [--out FILE]`.</summary>
internal static class AlliesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var actor = new Argument<string>("actor") { Description = "An id, name, alias, ISO code or capital: Iran, IRN, \"Islamic Republic of Iran\", Tehran" };
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format();
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var command = new Command("allies", "Who are an actor's allies, how close, since when, and according to whom") { actor, asOf, format, db, output };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var reportFormat = CommonOptions.ResolveFormat(result.GetValue(format), result.GetValue(output));
            var date = result.GetValue(asOf) is { } text ? Answering.ParseAsOf(text) : (DateOnly?)null;
            using var store = environment.OpenStore(result.GetValue(db));
            var answer = new Answering(store, environment.Today).AlliesOf(result.GetValue(actor)!, date);
            ReportOutput.Write(environment, answer, reportFormat, result.GetValue(output));
            return 0;
        }));
        return command;
    }
}
