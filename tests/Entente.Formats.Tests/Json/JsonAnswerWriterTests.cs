using System.Text.Json;
using Entente.Answers;
using Entente.Formats.Tests.Builders;
using Entente.Formats.Tests.Golden;

namespace Entente.Formats.Tests.Json;

public sealed class JsonAnswerWriterTests
{
    private static JsonElement Parse(Answer answer)
    {
        using var document = JsonDocument.Parse(Rendered.As(ReportFormat.Json, answer));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Sample_matches_its_golden_file() =>
        GoldenFile.Verify("Json", "iran-sample.verified.json", Rendered.As(ReportFormat.Json, SampleAnswers.Iran2026()));

    [Fact]
    public void Output_has_the_fields_design_md_fixes()
    {
        var root = Parse(SampleAnswers.Iran2026());

        Assert.Equal("iran", root.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("state", root.GetProperty("subject").GetProperty("kind").GetString());
        Assert.Equal("2026-01-15", root.GetProperty("asOf").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("summary").GetString()));
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["core", "great_power", "varying"], groups.Select(g => g.GetProperty("tier").GetString()));

        var hezbollah = groups[0].GetProperty("members")[0];
        Assert.Equal("non_state_armed_group", hezbollah.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal("LBN", hezbollah.GetProperty("actor").GetProperty("country").GetString());
        Assert.Equal("proxy", hezbollah.GetProperty("relation").GetString());
        Assert.Equal("subject_acts", hezbollah.GetProperty("role").GetString());
        Assert.Equal(["weapons", "funding", "training", "ideology_religion"], hezbollah.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(0.93, hezbollah.GetProperty("score").GetDouble());
        Assert.Equal("1982", hezbollah.GetProperty("since").GetString());
        Assert.Equal(JsonValueKind.Null, hezbollah.GetProperty("until").ValueKind);
        var source = hezbollah.GetProperty("sources")[0];
        foreach (var field in new[] { "id", "title", "publisher", "url", "date", "reliability", "quote", "note" })
            Assert.True(source.TryGetProperty(field, out _), $"source lacks {field}");
        Assert.Equal("B2", source.GetProperty("reliability").GetString());

        var russia = groups[1].GetProperty("members")[0];
        Assert.True(russia.GetProperty("contested").GetBoolean());
        Assert.Equal(0.623, russia.GetProperty("score").GetDouble());
        Assert.Equal("2024-12-08", root.GetProperty("former")[0].GetProperty("until").GetString());
        Assert.Equal("adversary", root.GetProperty("adversaries")[0].GetProperty("relation").GetString());
        Assert.Equal(["hezbollah", "houthis", "iran"], root.GetProperty("blocs")[0].GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        var viewpoint = root.GetProperty("viewpoints")[0];
        Assert.Equal(1, viewpoint.GetProperty("for").GetArrayLength());
        Assert.Equal(1, viewpoint.GetProperty("against").GetArrayLength());
    }

    [Fact]
    public void Non_ascii_letters_stay_readable_while_html_specials_are_escaped()
    {
        var json = Rendered.As(ReportFormat.Json, SampleAnswers.Iran2026());

        Assert.Contains("Téhéran", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_is_written_only_when_the_answer_has_one()
    {
        var sample = SampleAnswers.Iran2026();
        Assert.False(Parse(sample).TryGetProperty("verdict", out _));

        var withVerdict = sample with { Verdict = new Verdict("is Oman an ally of Iran?", SampleAnswers.Oman, "partly", "Partly. Oman is a mediator of Iran.") };
        var verdict = Parse(withVerdict).GetProperty("verdict");

        Assert.Equal("partly", verdict.GetProperty("answer").GetString());
        Assert.Equal("Partly. Oman is a mediator of Iran.", verdict.GetProperty("text").GetString());
        Assert.Equal("oman", verdict.GetProperty("other").GetProperty("id").GetString());
    }

    [Fact]
    public void Subject_without_a_country_omits_the_key_but_members_always_carry_it()
    {
        var axis = new ActorRef("axis-of-resistance", "Axis of Resistance", ActorKind.Bloc, null);
        var root = Parse(Rendered.WithCoreActorNamed("Stateless group", country: null) with { Subject = axis });

        Assert.False(root.GetProperty("subject").TryGetProperty("country", out _));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("groups")[0].GetProperty("members")[0].GetProperty("actor").GetProperty("country").ValueKind);
    }
}
