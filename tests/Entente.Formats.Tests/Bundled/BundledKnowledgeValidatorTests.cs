using Entente.Formats.Bundled;

namespace Entente.Formats.Tests.Bundled;

/// <summary>The validator catches each kind of mistake and says where it is.</summary>
public sealed class BundledKnowledgeValidatorTests
{
    private const string States = """
        actors:
          - {id: iran, kind: state, name: Iran, officialName: Islamic Republic of Iran, iso2: IR, iso3: IRN, capital: Tehran, demonym: Iranian}
          - {id: lebanon, kind: state, name: Lebanon, officialName: Lebanese Republic, iso2: LB, iso3: LBN, capital: Beirut, demonym: Lebanese}
          - {id: hezbollah, kind: non_state_armed_group, name: Hezbollah, country: LBN}
        """;

    private const string GoodRelations = """
        sources:
          - {id: s1, title: A page, publisher: A Publisher, url: "https://example.org/a", published: 2024-10, reliability: B2}
        relations:
          - from: iran
            to: hezbollah
            type: proxy
            areas: [weapons]
            since: 1982
            sources: [{source: s1, note: Says Iran arms the group.}]
        """;

    private static IReadOnlyList<string> Problems(string relations, string states = States) =>
        BundledKnowledge.Read([new BundledFile("data/actors/states.yaml", states), new BundledFile("data/relations/test.yaml", relations)]).Problems;

    [Fact]
    public void Good_data_has_no_problems() => Assert.Empty(Problems(GoodRelations));

    [Theory]
    [InlineData("to: hezbollah", "to: hezbolah", "to 'hezbolah' is not a known actor id")]
    [InlineData("type: proxy", "type: best_friend", "type 'best_friend' is not one of")]
    [InlineData("areas: [weapons]", "areas: [rockets]", "area 'rockets' is not one of")]
    [InlineData("since: 1982", "since: 82", "since '82' is not YYYY")]
    [InlineData("    since: 1982", "    since: 1982\n    until: 1981", "until 1981 is before since 1982")]
    [InlineData("reliability: B2", "reliability: Z9", "reliability 'Z9' is not a grade")]
    [InlineData("url: \"https://example.org/a\"", "url: \"javascript:alert(1)\"", "is not an http(s) address")]
    [InlineData("sources: [{source: s1, note: Says Iran arms the group.}]", "sources: [{source: s2, note: x}]", "source 's2' is not defined")]
    [InlineData("sources: [{source: s1, note: Says Iran arms the group.}]", "sources: [{source: s1}]", "needs a one-line note")]
    [InlineData("    sources: [{source: s1, note: Says Iran arms the group.}]", "    sources: []", "needs at least one source")]
    public void Each_mistake_is_reported_with_its_place(string good, string bad, string expected)
    {
        var problems = Problems(GoodRelations.Replace(good, bad, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal) && p.StartsWith("data/relations/test.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_line_and_column()
    {
        var problems = Problems("relations:\n  - from: iran\n    to: [unclosed\n");
        Assert.Contains(problems, p => p.StartsWith("data/relations/test.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_shared_by_two_actors_must_be_marked_ambiguous()
    {
        var shared = States.Replace("name: Hezbollah, country: LBN", "name: Hezbollah, country: LBN, aliases: [Lebanon]", StringComparison.Ordinal);
        Assert.Contains(Problems(GoodRelations, shared), p => p.Contains("'lebanon' belongs to hezbollah and lebanon", StringComparison.Ordinal));

        var marked = States
            .Replace("demonym: Lebanese}", "demonym: Lebanese, ambiguousAliases: [Party of God]}", StringComparison.Ordinal)
            .Replace("name: Hezbollah, country: LBN", "name: Hezbollah, country: LBN, ambiguousAliases: [Party of God]", StringComparison.Ordinal);
        Assert.Empty(Problems(GoodRelations, marked));
    }

    [Fact]
    public void A_source_nobody_cites_is_reported()
    {
        var extra = GoodRelations.Replace("sources:\n", "sources:\n  - {id: s9, title: T, publisher: P, url: \"https://e.org\", published: 2020, reliability: C3}\n", StringComparison.Ordinal);
        Assert.Contains(Problems(extra), p => p.Contains("source 's9' is never cited", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_are_reported()
    {
        var problems = BundledKnowledge.Read([new BundledFile("data/actors/a.yaml", States), new BundledFile("data/actors/b.yaml", States)]).Problems;
        Assert.Contains(problems, p => p.Contains("actor id 'iran' is already defined in data/actors/a.yaml", StringComparison.Ordinal));
    }
}
