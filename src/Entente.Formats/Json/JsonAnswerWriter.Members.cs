using System.Text.Json;
using Entente.Answers;

namespace Entente.Formats.Json;

public static partial class JsonAnswerWriter
{
    private static void WriteMembers(Utf8JsonWriter writer, string name, IReadOnlyList<AnswerMember> members)
    {
        writer.WriteStartArray(name);
        foreach (var member in members)
            WriteMember(writer, member);
        writer.WriteEndArray();
    }

    private static void WriteMember(Utf8JsonWriter writer, AnswerMember member)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("actor");
        WriteActor(writer, member.Actor, countryWhenNull: true);
        writer.WriteString("relation", member.Relation.ToWire());
        writer.WriteString("label", member.Label);
        writer.WriteString("description", member.Description);
        writer.WriteString("tier", member.Tier.ToWire());
        writer.WriteString("role", member.Role.ToWire());
        writer.WriteStartArray("areas");
        foreach (var area in member.Areas)
            writer.WriteStringValue(area.ToWire());
        writer.WriteEndArray();
        writer.WriteNumber("score", Round(member.Score));
        writer.WriteNumber("confidence", Round(member.Confidence));
        WriteDate(writer, "since", member.Since);
        WriteDate(writer, "until", member.Until);
        writer.WriteBoolean("contested", member.Contested);
        if (member.UnVoting is { } voting)
        {
            writer.WriteStartObject("unVotingAgreement");
            writer.WriteNumber("share", Round(voting.Share));
            writer.WriteNumber("year", voting.Year);
            if (voting.Since is { } since)
                writer.WriteNumber("since", since);
            writer.WriteNumber("votes", voting.Votes);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("sources");
        foreach (var source in member.Sources)
            WriteSource(writer, source);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, AnswerSource source)
    {
        writer.WriteStartObject();
        writer.WriteString("id", source.Id);
        writer.WriteString("title", source.Title);
        writer.WriteString("publisher", source.Publisher);
        writer.WriteString("url", source.Url);
        WriteDate(writer, "date", source.Date);
        writer.WriteString("reliability", source.Reliability.ToString());
        writer.WriteString("quote", source.Quote);
        writer.WriteString("note", source.Note);
        writer.WriteEndObject();
    }

    /// <summary>The subject omits a missing country (DESIGN.md's "country?"); members always carry the key.</summary>
    private static void WriteActor(Utf8JsonWriter writer, ActorRef actor, bool countryWhenNull)
    {
        writer.WriteStartObject();
        writer.WriteString("id", actor.Id);
        writer.WriteString("name", actor.Name);
        writer.WriteString("kind", actor.Kind.ToWire());
        if (actor.Country is not null || countryWhenNull)
            writer.WriteString("country", actor.Country);
        writer.WriteEndObject();
    }

    // Scores are weighted sums; three decimals carry the meaning without float noise such as 0.9300000000000001.
    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
