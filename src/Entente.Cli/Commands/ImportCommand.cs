using System.CommandLine;
using System.Text.Json;
using Entente.Formats.Interchange.Import;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente import --format F FILE [--on-error stop|skip] [--db PATH] [--json]`: reads a dataset and
/// stores its rows as sourced claims (or, for UN votes, as the voting-agreement signal) in one transaction.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "What the file is: " + string.Join(", ", ImportFormats.Names),
            Required = true,
        };
        var file = new Argument<string>("file") { Description = "The dataset file to import" };
        var onError = new Option<string>("--on-error") { Description = "At a malformed row: stop (store nothing; default) or skip the row", DefaultValueFactory = _ => "stop" };
        var json = new Option<bool>("--json") { Description = "Print what was imported as JSON" };
        var db = CommonOptions.Db();
        var command = new Command("import", "Import a dataset (alliances, conflicts, UN votes, threat intelligence) as sourced claims") { format, file, onError, json, db };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var name = result.GetValue(format)!;
            var importer = ImportFormats.Find(name) ?? throw new UserError($"--format '{name}' is not one of: {string.Join(", ", ImportFormats.Names)}.");
            var policy = result.GetValue(onError) switch
            {
                "stop" => OnError.Stop,
                "skip" => OnError.Skip,
                var other => throw new UserError($"--on-error '{other}' is not one of: stop, skip."),
            };
            var path = result.GetValue(file)!;
            if (importer.TakesFolder ? !Directory.Exists(path) : !File.Exists(path))
            {
                throw new UserError(importer.TakesFolder ? $"No folder at {path}; --format {importer.Format} takes the folder an export wrote."
                    : Directory.Exists(path) ? $"{path} is a folder; give the dataset file itself." : $"No file at {path}.");
            }

            using var store = environment.OpenStore(result.GetValue(db));
            var started = System.Diagnostics.Stopwatch.StartNew();
            var imported = Read(importer, path, new ImportContext(new ActorDirectory(store.Names, store.GetActor), policy));
            var readTime = started.Elapsed;
            var summary = Store(store, imported);
            var report = new ImportReport(importer.Format, path, imported, summary, readTime, started.Elapsed - readTime);
            foreach (var problem in imported.Skipped)
                environment.Error.WriteLine($"skipped {Terminal.Clean(problem.ToString())}");
            if (result.GetValue(json))
                report.WriteJson(environment.Output);
            else
                report.WriteText(environment.Output);
            return 0;
        }));
        return command;
    }

    private static ImportResult Read(IDatasetImporter importer, string path, ImportContext context)
    {
        try
        {
            return importer.Import(path, context);
        }
        catch (Exception e) when (e is ImportStoppedException or ImportFileException)
        {
            throw new UserError(e.Message);
        }
    }

    private static StoredCounts Store(IKnowledgeStore store, ImportResult imported)
    {
        if (imported.Voting is { } voting)
        {
            var written = store.WriteVotingAgreements(voting.Source, voting.Agreements);
            return new StoredCounts(0, 0, 0, written.Added, written.Unchanged);
        }
        var result = store.Write(imported.Batch);
        return new StoredCounts(imported.Batch.Actors.Count, result.ClaimsAdded, result.ClaimsAlreadyStored, 0, 0);
    }

    private sealed record StoredCounts(int Actors, int ClaimsAdded, int ClaimsAlreadyStored, int VotingRowsAdded, int VotingRowsUnchanged);

    private sealed record ImportReport(string Format, string File, ImportResult Imported, StoredCounts Stored, TimeSpan ReadTime, TimeSpan StoreTime)
    {
        public void WriteText(TextWriter output)
        {
            output.WriteLine($"Imported {Terminal.Clean(File)} ({Format}): {Imported.RowsRead} rows read, {Imported.Skipped.Count} skipped; read in {ReadTime.TotalSeconds:0.00} s, stored in {StoreTime.TotalSeconds:0.00} s");
            if (Imported.Voting is not null)
                output.WriteLine($"  {Stored.VotingRowsAdded} pair-years of UN voting agreement added or updated, {Stored.VotingRowsUnchanged} already stored");
            else
                output.WriteLine($"  {Stored.Actors} actors, {Stored.ClaimsAdded} claims added, {Stored.ClaimsAlreadyStored} already stored");
            foreach (var note in Imported.Notes)
                output.WriteLine($"  note: {Terminal.Clean(note)}");
        }

        public void WriteJson(TextWriter output)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteString("format", Format);
                json.WriteString("file", File);
                json.WriteNumber("rowsRead", Imported.RowsRead);
                json.WriteNumber("rowsSkipped", Imported.Skipped.Count);
                json.WriteNumber("actors", Stored.Actors);
                json.WriteNumber("claimsAdded", Stored.ClaimsAdded);
                json.WriteNumber("claimsAlreadyStored", Stored.ClaimsAlreadyStored);
                json.WriteNumber("votingRowsAdded", Stored.VotingRowsAdded);
                json.WriteNumber("votingRowsUnchanged", Stored.VotingRowsUnchanged);
                json.WriteNumber("readSeconds", Math.Round(ReadTime.TotalSeconds, 3));
                json.WriteNumber("storeSeconds", Math.Round(StoreTime.TotalSeconds, 3));
                json.WriteStartArray("skipped");
                foreach (var p in Imported.Skipped)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", p.Line);
                    json.WriteNumber("column", p.Column);
                    json.WriteString("message", p.Message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("notes");
                foreach (var note in Imported.Notes)
                    json.WriteStringValue(note);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
