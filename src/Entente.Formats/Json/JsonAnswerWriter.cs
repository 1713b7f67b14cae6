using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Entente.Answers;

namespace Entente.Formats.Json;

/// <summary>
/// Writes the answer in DESIGN.md's JSON shape. Hand-written with <see cref="Utf8JsonWriter"/>
/// rather than the reflection serializer: start-up time matters for a command-line tool, and the
/// wire names are a contract that must not follow C# property renames.
/// </summary>
public static partial class JsonAnswerWriter
{
    // Keeps Arabic, Persian, Cyrillic ... readable in files and pipes, while < > & ' stay escaped
    // so the output can still be pasted into an HTML page without breaking out of a script block.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static void Write(Answer answer, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            Write(answer, writer);
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    public static void Write(Answer answer, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, Options);
        Write(answer, writer);
    }

    /// <summary>Writes the answer as one JSON object, for callers that embed it in a larger document.</summary>
    public static void Write(Answer answer, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("subject");
        WriteActor(writer, answer.Subject, countryWhenNull: false);
        writer.WriteString("asOf", answer.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("summary", answer.Summary);
        writer.WriteString("timeContext", answer.TimeContext);
        if (answer.Verdict is { } verdict)
            WriteVerdict(writer, verdict);

        writer.WriteStartArray("groups");
        foreach (var group in answer.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString("tier", group.Tier.ToWire());
            writer.WriteString("title", group.Title);
            WriteMembers(writer, "members", group.Members);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteMembers(writer, "former", answer.Former);
        WriteMembers(writer, "adversaries", answer.Adversaries);
        WriteBlocs(writer, answer.Blocs);
        WriteViewpoints(writer, answer.Viewpoints);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteVerdict(Utf8JsonWriter writer, Verdict verdict)
    {
        writer.WriteStartObject("verdict");
        writer.WriteString("answer", verdict.Answer);
        writer.WriteString("text", verdict.Text);
        writer.WriteString("question", verdict.Question);
        writer.WritePropertyName("other");
        WriteActor(writer, verdict.Other, countryWhenNull: false);
        writer.WriteEndObject();
    }

    private static void WriteBlocs(Utf8JsonWriter writer, IReadOnlyList<BlocSummary> blocs)
    {
        writer.WriteStartArray("blocs");
        foreach (var bloc in blocs)
        {
            writer.WriteStartObject();
            writer.WriteString("id", bloc.Id);
            writer.WriteString("name", bloc.Name);
            writer.WriteString("type", bloc.Type);
            WriteDate(writer, "since", bloc.Since);
            writer.WriteStartArray("members");
            foreach (var member in bloc.Members)
                writer.WriteStringValue(member.Id);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteViewpoints(Utf8JsonWriter writer, IReadOnlyList<Viewpoint> viewpoints)
    {
        writer.WriteStartArray("viewpoints");
        foreach (var viewpoint in viewpoints)
        {
            writer.WriteStartObject();
            writer.WriteString("claim", viewpoint.Claim);
            WriteStrings(writer, "for", viewpoint.For);
            WriteStrings(writer, "against", viewpoint.Against);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
            writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, PartialDate? date)
    {
        if (date is { } d)
            writer.WriteString(name, d.ToString());
        else
            writer.WriteNull(name);
    }
}
