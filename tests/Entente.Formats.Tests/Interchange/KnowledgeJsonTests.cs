using System.Text;
using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Tests.Interchange;

public sealed class KnowledgeJsonTests
{
    [Fact]
    public void A_syntax_error_is_reported_with_line_and_column()
    {
        var problem = Assert.Single(Read("{\n  \"actors\": [\n    {\"id\": \"a\",, }\n  ]\n}").Problems);
        Assert.Equal((3, 16), (problem.Line, problem.Column));
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_is_reported_with_the_elements_path()
    {
        var error = Read("""{"claims": [{"subject": "a", "object": "b", "source": "s"}, {"subject": "a", "object": "b", "source": "s", "directed": "yes"}]}""");
        var problem = Assert.Single(error.Problems);
        Assert.Equal("claims[1].directed", problem.Field);
        Assert.Contains("'yes' is not true or false", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_types_and_missing_required_fields_are_each_reported()
    {
        var error = Read("""{"actors": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state", "name": "B", "iso3": ["B"]}, 7]}""");
        Assert.Equal(["actors[0].name", "actors[1].iso3", "actors[2]"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Another_tools_document_or_a_newer_version_is_refused()
    {
        Assert.Contains("format is 'stix'", Read("""{"format": "stix"}""").Message, StringComparison.Ordinal);
        Assert.Contains("newer than this Entente reads", Read("""{"format": "entente-knowledge", "version": 2}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_optional_fields_take_their_defaults()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("""{"claims": [{"subject": "a", "object": "b", "source": "s", "areas": ["weapons"]}]}"""));
        var claim = Assert.Single(KnowledgeJson.Read(input).Claims);
        Assert.Equal((Polarity.Asserts, ClaimStatus.Candidate, Validity.Always, "unknown"), (claim.Polarity, claim.Status, claim.Validity, claim.ProducedBy));
        Assert.Equal([Area.Weapons], claim.Areas);
    }

    private static KnowledgeReadException Read(string json)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Assert.Throws<KnowledgeReadException>(() => KnowledgeJson.Read(input));
    }
}
