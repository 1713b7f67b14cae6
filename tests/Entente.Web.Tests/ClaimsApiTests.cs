using System.Net;

namespace Entente.Web.Tests;

[Collection(ReadServerCollection.Name)]
public sealed class ClaimsApiTests(ReadServer fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Candidates_are_listed_with_quote_and_source()
    {
        var claims = await Client.GetJson("api/claims?status=candidate");

        var claim = Assert.Single(claims.EnumerateArray());
        Assert.Equal(fixture.Database.CandidateId, claim.GetProperty("id").GetInt64());
        Assert.Equal("iceland", claim.GetProperty("object").GetProperty("id").GetString());
        Assert.Equal("Iceland", claim.GetProperty("object").GetProperty("name").GetString());
        Assert.Equal("strategic_partner", claim.GetProperty("relation").GetString());
        Assert.Equal(TestDatabase.CandidateQuote, claim.GetProperty("quote").GetString());
        Assert.Equal("Test Wire", claim.GetProperty("source").GetProperty("publisher").GetString());
        Assert.Equal("C3", claim.GetProperty("source").GetProperty("reliability").GetString());
    }

    [Fact]
    public async Task Claims_about_an_actor_all_involve_it_whatever_name_is_used()
    {
        var claims = await Client.GetJson("api/claims?about=Hizbullah&status=accepted&limit=50");

        Assert.NotEmpty(claims.EnumerateArray());
        Assert.All(claims.EnumerateArray(), c =>
        {
            Assert.Equal("accepted", c.GetProperty("status").GetString());
            Assert.Contains("hezbollah", new[] { c.GetProperty("subject").GetProperty("id").GetString(), c.GetProperty("object").GetProperty("id").GetString() });
        });
    }

    [Theory]
    [InlineData("api/claims?status=maybe", HttpStatusCode.BadRequest)]
    [InlineData("api/claims?limit=100000", HttpStatusCode.BadRequest)]
    [InlineData("api/claims?about=Atlantis", HttpStatusCode.NotFound)]
    public async Task Bad_filters_are_problems(string path, HttpStatusCode status)
    {
        await Client.GetProblem(path, status);
    }
}
