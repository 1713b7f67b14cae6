using System.Net;

namespace Entente.Web.Tests;

[Collection(ReadServerCollection.Name)]
public sealed class ActorsApiTests(ReadServer fixture)
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("hezb", "hezbollah")]
    [InlineData("Hezbollah", "hezbollah")]
    [InlineData("IRN", "iran")]
    [InlineData("islamic rev", "irgc")]
    [InlineData("Türk", "turkey")]
    public async Task Search_ranks_the_best_match_first(string query, string expected)
    {
        var hits = await Client.GetJson("api/actors?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected, hits.EnumerateArray().First().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit_with_id_name_kind_and_country()
    {
        var hits = await Client.GetJson("api/actors?q=al&limit=3");

        Assert.Equal(3, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(hit.GetProperty("kind").GetString()));
            Assert.True(hit.TryGetProperty("country", out _));
        }
    }

    [Fact]
    public async Task Search_without_a_query_lists_actors_by_name()
    {
        var hits = await Client.GetJson("api/actors?limit=1000");

        var names = hits.EnumerateArray().Select(h => h.GetProperty("name").GetString()!).ToList();
        Assert.True(names.Count > 200, $"only {names.Count} actors");
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Search_with_a_limit_out_of_range_is_400()
    {
        await Client.GetProblem("api/actors?q=a&limit=0", HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("iran")]
    [InlineData("Tehran")]
    [InlineData("IRN")]
    public async Task Actor_is_found_by_id_or_any_name(string name)
    {
        var actor = await Client.GetJson("api/actors/" + name);

        Assert.Equal("iran", actor.GetProperty("id").GetString());
        Assert.Equal("state", actor.GetProperty("kind").GetString());
        Assert.Equal("IRN", actor.GetProperty("iso3").GetString());
        Assert.Equal("Tehran", actor.GetProperty("capital").GetString());
    }

    [Fact]
    public async Task Unknown_actor_is_404_with_candidates()
    {
        var problem = await Client.GetProblem("api/actors/Hezbolla", HttpStatusCode.NotFound);

        Assert.Contains(problem.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetString() == "hezbollah");
    }
}
