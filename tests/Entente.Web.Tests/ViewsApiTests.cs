using System.Net;
using System.Text.Json;

namespace Entente.Web.Tests;

/// <summary>The graph, relation and timeline endpoints the app draws from.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class ViewsApiTests(ReadServer fixture)
{
    private HttpClient Client => fixture.Client;

    private static JsonElement EdgeBetween(JsonElement graph, string a, string b) =>
        graph.GetProperty("edges").EnumerateArray().Single(e =>
            (e.GetProperty("source").GetString(), e.GetProperty("target").GetString()) is var (s, t) && ((s == a && t == b) || (s == b && t == a)));

    [Fact]
    public async Task Graph_has_the_centre_its_partners_and_directed_edges()
    {
        var graph = await Client.GetJson("api/graph?center=Iran");

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "iran" && n.GetProperty("depth").GetInt32() == 0);
        var hezbollah = nodes.Single(n => n.GetProperty("id").GetString() == "hezbollah");
        Assert.Equal("non_state_armed_group", hezbollah.GetProperty("kind").GetString());
        Assert.Equal("LBN", hezbollah.GetProperty("country").GetString());
        var edge = EdgeBetween(graph, "iran", "hezbollah");
        Assert.Equal("iran", edge.GetProperty("source").GetString());
        Assert.Equal("proxy", edge.GetProperty("relation").GetString());
        Assert.True(edge.GetProperty("score").GetDouble() > 0.5);
        Assert.Contains("weapons", edge.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.False(edge.GetProperty("former").GetBoolean());
    }

    [Fact]
    public async Task Graph_as_of_a_date_shows_relations_as_they_were()
    {
        var now = await Client.GetJson("api/graph?center=iran");
        var before = await Client.GetJson("api/graph?center=iran&asOf=2023-06-01");

        Assert.True(EdgeBetween(now, "iran", "assad-government").GetProperty("former").GetBoolean());
        Assert.False(EdgeBetween(before, "iran", "assad-government").GetProperty("former").GetBoolean());
    }

    [Fact]
    public async Task Deeper_graph_reaches_partners_of_partners_once_per_pair()
    {
        var graph = await Client.GetJson("api/graph?center=iran&depth=2");

        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("depth").GetInt32() == 2);
        var pairs = graph.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Theory]
    [InlineData("api/graph?center=iran&depth=0")]
    [InlineData("api/graph?center=iran&depth=9")]
    [InlineData("api/graph")]
    [InlineData("api/graph?center=iran&asOf=2024-13-40")]
    public async Task Graph_rejects_bad_parameters_with_400(string path)
    {
        await Client.GetProblem(path, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Relation_carries_the_assessment_and_every_claim_with_its_source()
    {
        var relation = await Client.GetJson("api/relations/iran/hezbollah");

        var assessment = relation.GetProperty("assessment");
        Assert.Equal("proxy", assessment.GetProperty("relation").GetString());
        Assert.Equal("core", assessment.GetProperty("tier").GetString());
        Assert.NotEmpty(assessment.GetProperty("sources").EnumerateArray());
        var claims = relation.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.Contains("hezbollah", new[] { c.GetProperty("subject").GetProperty("id").GetString(), c.GetProperty("object").GetProperty("id").GetString() });
            Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetProperty("title").GetString()));
        });
    }

    [Fact]
    public async Task Relation_with_a_state_includes_claims_about_its_governments()
    {
        var relation = await Client.GetJson("api/relations/iran/syria?asOf=2023-06-01");

        Assert.Equal("assad-government", relation.GetProperty("assessment").GetProperty("actor").GetProperty("id").GetString());
        Assert.Contains(relation.GetProperty("claims").EnumerateArray(), c => c.GetProperty("object").GetProperty("id").GetString() == "assad-government"
            || c.GetProperty("subject").GetProperty("id").GetString() == "assad-government");
    }

    [Fact]
    public async Task Relation_shows_candidate_claims_with_their_quotes()
    {
        var relation = await Client.GetJson("api/relations/iran/iceland");

        Assert.Equal(JsonValueKind.Null, relation.GetProperty("assessment").ValueKind);
        var claim = Assert.Single(relation.GetProperty("claims").EnumerateArray());
        Assert.Equal("candidate", claim.GetProperty("status").GetString());
        Assert.Equal(TestDatabase.CandidateQuote, claim.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Relation_of_an_actor_with_itself_is_400_and_unknown_is_404()
    {
        await Client.GetProblem("api/relations/iran/IRN", HttpStatusCode.BadRequest);
        await Client.GetProblem("api/relations/iran/nowhereland", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Timeline_shows_the_Assad_alliance_ending_in_December_2024()
    {
        var timeline = await Client.GetJson("api/timeline/iran");

        var rows = timeline.GetProperty("rows").EnumerateArray().ToList();
        var assad = rows.Single(r => r.GetProperty("actor").GetProperty("id").GetString() == "assad-government" && r.GetProperty("relation").GetString() == "ally");
        Assert.Equal("2024-12-08", assad.GetProperty("spans").EnumerateArray().Last().GetProperty("until").GetString());
        Assert.Equal("former", assad.GetProperty("tier").GetString());
        var hezbollah = rows.First(r => r.GetProperty("actor").GetProperty("id").GetString() == "hezbollah");
        Assert.Equal(JsonValueKind.Null, hezbollah.GetProperty("spans").EnumerateArray().Last().GetProperty("until").ValueKind);
    }
}
