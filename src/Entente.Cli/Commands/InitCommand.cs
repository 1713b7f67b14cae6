using System.CommandLine;
using Entente.Storage.Sqlite;

namespace Entente.Cli.Commands;

/// <summary>`entente init [--db PATH] [--empty]`: create the database, or bring the bundled knowledge up to date in it.</summary>
internal static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var empty = new Option<bool>("--empty") { Description = "Actors only (the gazetteer): no relations, sources or claims" };
        var command = new Command("init", "Create the database and load the bundled knowledge (safe to run again: nothing is lost or doubled)") { db, empty };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var path = result.GetValue(db) ?? Storage.DefaultDatabase.Path();
            var existed = File.Exists(path);
            using var store = SqliteKnowledgeStore.Open(path);
            var counts = CliEnvironment.Fill(store, result.GetValue(empty));
            environment.Output.WriteLine($"{(existed ? "Updated" : "Created")} {store.Path}");
            environment.Output.WriteLine($"  {counts.Actors} actors, {counts.Sources} sources, {counts.Claims} claims ({counts.AcceptedClaims} accepted)");
            return 0;
        }));
        return command;
    }
}
