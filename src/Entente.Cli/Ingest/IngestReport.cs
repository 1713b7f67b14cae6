using System.Text.Json;

namespace Entente.Cli.Ingest;

/// <summary>Writes an ingest's summary: lines for people, or one JSON object for scripts.</summary>
internal static class IngestReport
{
    public static void WriteText(TextWriter output, IngestSummary summary)
    {
        foreach (var file in summary.Files)
        {
            var path = Terminal.Clean(file.Path);
            var line = file.Status switch
            {
                IngestStatus.Added => $"{path}: {Plural(file.Claims, "claim")}, {Plural(file.Candidates, "new candidate actor")}{(file.Subject is null ? "" : $" (about {file.Subject})")}",
                IngestStatus.AlreadyStored => $"{path}: unchanged, {file.Reason}",
                _ => $"{path}: skipped, {Terminal.Clean(file.Reason)}",
            };
            output.WriteLine(line);
            foreach (var warning in file.Warnings)
                output.WriteLine($"    warning: {Terminal.Clean(warning)}");
        }
        var status = summary.Accepted ? "accepted" : "candidates (run `entente review` to accept or reject them)";
        output.WriteLine(
            $"{Plural(summary.Files.Count, "file")}: {summary.Count(IngestStatus.Added)} read, {summary.Count(IngestStatus.AlreadyStored)} already stored, " +
            $"{summary.Count(IngestStatus.Skipped) + summary.Count(IngestStatus.Failed)} skipped; {Plural(summary.Claims, "claim")} added as {status}; " +
            $"{Plural(summary.Candidates, "new candidate actor")}.");
    }

    public static void WriteJson(TextWriter output, IngestSummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("files", summary.Files.Count);
            json.WriteNumber("read", summary.Count(IngestStatus.Added));
            json.WriteNumber("alreadyStored", summary.Count(IngestStatus.AlreadyStored));
            json.WriteNumber("skipped", summary.Count(IngestStatus.Skipped) + summary.Count(IngestStatus.Failed));
            json.WriteNumber("claims", summary.Claims);
            json.WriteNumber("candidateActors", summary.Candidates);
            json.WriteString("claimStatus", summary.Accepted ? "accepted" : "candidate");
            json.WriteStartArray("documents");
            foreach (var file in summary.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("status", Wire(file.Status));
                json.WriteString("reason", file.Reason);
                json.WriteString("subject", file.Subject);
                json.WriteNumber("claims", file.Claims);
                json.WriteNumber("candidateActors", file.Candidates);
                json.WriteStartArray("warnings");
                foreach (var w in file.Warnings)
                    json.WriteStringValue(w);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Wire(IngestStatus status) => status switch
    {
        IngestStatus.Added => "added",
        IngestStatus.AlreadyStored => "already_stored",
        IngestStatus.Skipped => "skipped",
        _ => "failed",
    };

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
