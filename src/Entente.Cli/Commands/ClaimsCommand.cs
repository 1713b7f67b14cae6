using System.CommandLine;
using System.Text.Json;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente claims [--about ACTOR] [--status S] [--format json|text] [--db PATH]`.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var about = new Option<string?>("--about") { Description = "Only claims that involve this actor" };
        var status = new Option<string?>("--status") { Description = "candidate, accepted or rejected" };
        var format = new Option<string?>("--format", "-f") { Description = "text (default) or json" };
        var limit = new Option<int>("--limit") { Description = "At most this many claims", DefaultValueFactory = _ => 1000 };
        var db = CommonOptions.Db();
        var command = new Command("claims", "List the claims the database holds, with their sources") { about, status, format, limit, db };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            var wanted = result.GetValue(format) ?? "text";
            if (wanted is not ("text" or "json"))
                throw new UserError($"--format '{wanted}' is not one of: text, json.");
            ClaimStatus? statusFilter = null;
            if (result.GetValue(status) is { } s)
                statusFilter = ClaimVocabulary.TryParseStatus(s, out var parsed) ? parsed : throw new UserError($"--status '{s}' is not one of: candidate, accepted, rejected.");
            using var store = environment.OpenStore(result.GetValue(db));
            var actorId = result.GetValue(about) is { } name ? new Answering(store, environment.Today).Resolve(name).Id : null;
            var claims = store.GetClaims(new ClaimQuery(actorId, statusFilter, Math.Max(1, result.GetValue(limit))));
            if (wanted == "json")
                WriteJson(environment.Output, claims, store);
            else
                WriteText(environment.Output, claims, store);
            return 0;
        }));
        return command;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<Claim> claims, IKnowledgeStore store)
    {
        foreach (var c in claims)
        {
            var polarity = c.Polarity == Polarity.Denies ? "NOT " : "";
            var areas = c.Areas.Count > 0 ? $" [{string.Join(", ", c.Areas.Select(a => a.ToWire()))}]" : "";
            var source = store.GetSource(c.SourceId);
            output.WriteLine($"#{c.Id} {c.Status.ToWire()}: {c.Subject} {polarity}{c.Predicate} {c.Object}{areas} ({c.Validity})");
            output.WriteLine($"    {Terminal.Clean(source?.Publisher)}, \"{Terminal.Clean(source?.Title)}\" {source?.Reliability}");
            if (c.Quote is not null)
                output.WriteLine($"    \"{Terminal.Clean(c.Quote)}\"");
            else if (c.Note is not null)
                output.WriteLine($"    {Terminal.Clean(c.Note)}");
        }
        output.WriteLine($"{claims.Count} claim{(claims.Count == 1 ? "" : "s")}");
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<Claim> claims, IKnowledgeStore store)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var c in claims)
            {
                var source = store.GetSource(c.SourceId);
                json.WriteStartObject();
                json.WriteNumber("id", c.Id);
                json.WriteString("subject", c.Subject);
                json.WriteString("predicate", c.Predicate);
                json.WriteString("object", c.Object);
                json.WriteStartArray("areas");
                foreach (var a in c.Areas) json.WriteStringValue(a.ToWire());
                json.WriteEndArray();
                json.WriteBoolean("directed", c.Directed);
                json.WriteString("polarity", c.Polarity.ToWire());
                json.WriteBoolean("hedged", c.Hedged);
                json.WriteString("from", c.Validity.From?.ToString());
                json.WriteString("until", c.Validity.Until?.ToString());
                json.WriteString("status", c.Status.ToWire());
                json.WriteString("producedBy", c.ProducedBy);
                json.WriteString("quote", c.Quote);
                json.WriteString("note", c.Note);
                json.WriteStartObject("source");
                json.WriteString("id", c.SourceId);
                json.WriteString("title", source?.Title);
                json.WriteString("publisher", source?.Publisher);
                json.WriteString("url", source?.Url);
                json.WriteString("date", source?.Published?.ToString());
                json.WriteString("reliability", source?.Reliability.ToString());
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
