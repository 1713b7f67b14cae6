using System.CommandLine;
using System.Text;
using Entente.Formats.Interchange.Export;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente export --format stix|graphml|gexf|csv|json [--as-of DATE] [--about ACTOR --depth N]
/// [--out FILE|DIR] [--db PATH]`: the knowledge base and its assessed graph in other tools' formats.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format", "-f") { Description = "stix, graphml, gexf, csv or json", Required = true };
        var asOf = CommonOptions.AsOf();
        var about = new Option<string?>("--about") { Description = "Only the neighbourhood of this actor in the assessed graph" };
        var depth = new Option<int?>("--depth") { Description = $"With --about: how many relations away (1–{ExportScope.MaxDepth}, default 1)" };
        var output = new Option<string?>("--out", "-o") { Description = "File to write (a folder for csv); default: standard output" };
        var db = CommonOptions.Db();
        var command = new Command("export", "Export the knowledge and its assessed graph as STIX 2.1, GraphML, GEXF, CSV or JSON")
        {
            format, asOf, about, depth, output, db,
        };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var text = result.GetValue(format);
            if (!ExportFormats.TryParse(text, out var chosen))
                throw new UserError($"--format '{text}' is not one of: {string.Join(", ", ExportFormats.Names)}.");
            var outPath = result.GetValue(output);
            if (chosen.WritesFolder() && outPath is null)
                throw new UserError("csv writes four files (actors, relations, claims, sources); give the folder to write them to with --out DIR.");
            var date = CheckDate(result.GetValue(asOf) is { } d ? Answering.ParseAsOf(d) : environment.Today, environment.Today);
            if (result.GetValue(depth) is { } n && (result.GetValue(about) is null || n < 1 || n > ExportScope.MaxDepth))
                throw new UserError($"--depth {n}: give it with --about, as a number from 1 to {ExportScope.MaxDepth}.");

            using var store = environment.OpenStore(result.GetValue(db));
            var scope = result.GetValue(about) is { } name
                ? new ExportScope(new Answering(store, environment.Today).Resolve(name).Id, result.GetValue(depth) ?? 1)
                : null;
            var set = ExportSet.Build(store.ReadAll(), date, scope);
            Write(environment, chosen, set, outPath);
            return 0;
        }));
        return command;
    }

    private static void Write(CliEnvironment environment, ExportFormat format, ExportSet set, string? outPath)
    {
        if (format.WritesFolder())
        {
            var files = KnowledgeExport.WriteFolder(set, Path.GetFullPath(outPath!));
            environment.Error.WriteLine($"Wrote {string.Join(", ", files)}: {set.Actors.Count} actors, {set.Sources.Count} sources, {set.Claims.Count} claims, {set.Relations.Count} relations as of {set.AsOf:yyyy-MM-dd}.");
            return;
        }
        if (outPath is null)
        {
            using var buffer = new MemoryStream();
            KnowledgeExport.Write(format, set, buffer);
            environment.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var full = Path.GetFullPath(outPath);
        var temporary = full + ".partial";
        try
        {
            using (var file = File.Create(temporary))
                KnowledgeExport.Write(format, set, file);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        var actors = format == ExportFormat.Json ? set.Actors.Count : set.GraphActors().Count;
        environment.Error.WriteLine($"Wrote {full}: {actors} actors, {set.Relations.Count} relations as of {set.AsOf:yyyy-MM-dd}.");
    }

    private static DateOnly CheckDate(DateOnly date, DateOnly today) =>
        date > today
            ? throw new UserError($"The date {date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}); export what is known up to today.")
            : date;
}
