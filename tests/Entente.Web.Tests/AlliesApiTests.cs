using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Entente.Web.Tests;

[Collection(ReadServerCollection.Name)]
public sealed class AlliesApiTests(ReadServer fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Json_answer_is_the_command_line_document_without_indentation()
    {
        var cli = Cli.Run("allies", "Iran", "--format", "json", "--db", fixture.Database.Path);
        Assert.True(cli.ExitCode == 0, cli.ToString());

        var (status, body, contentType) = await Client.Get("api/allies/iran?format=json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", contentType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Stdout), JsonNode.Parse(body)), "the server's JSON differs from the CLI's");
        Assert.DoesNotContain("\n", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "text/html")]
    [InlineData("markdown", "text/markdown")]
    [InlineData("csv", "text/csv")]
    public async Task Html_markdown_and_csv_are_the_bytes_the_command_line_prints(string format, string mediaType)
    {
        var cli = Cli.Run("allies", "Iran", "--format", format, "--db", fixture.Database.Path);
        Assert.True(cli.ExitCode == 0, cli.ToString());

        var (status, body, contentType) = await Client.Get($"api/allies/iran?format={format}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(mediaType, contentType);
        Assert.Equal(cli.Stdout, body);
    }

    [Fact]
    public async Task Answer_defaults_to_json_in_the_design_shape()
    {
        var answer = await Client.GetJson("api/allies/Islamic%20Republic%20of%20Iran");

        Assert.Equal("iran", answer.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal(Cli.Today, answer.GetProperty("asOf").GetString());
        Assert.Contains("hezbollah", Http.MemberIds(answer));
    }

    [Fact]
    public async Task As_of_a_past_date_matches_the_command_line_and_brings_back_the_Assad_government()
    {
        var cli = Cli.Run("allies", "Iran", "--format", "json", "--as-of", "2023-06-01", "--db", fixture.Database.Path);

        var (_, body, _) = await Client.Get("api/allies/iran?asOf=2023-06-01");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Stdout), JsonNode.Parse(body)));
        var core = JsonDocument.Parse(body).RootElement.GetProperty("groups").EnumerateArray().First(g => g.GetProperty("tier").GetString() == "core");
        Assert.Contains(core.GetProperty("members").EnumerateArray(), m => m.GetProperty("actor").GetProperty("id").GetString() == "assad-government");
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2024-12")]
    [InlineData("2024-12-07")]
    public async Task As_of_a_year_or_month_reads_the_date_as_the_command_line_does(string asOf)
    {
        var cli = Cli.Run("allies", "Iran", "--format", "csv", "--as-of", asOf, "--db", fixture.Database.Path);

        var (_, body, _) = await Client.Get($"api/allies/iran?asOf={asOf}&format=csv");

        Assert.Equal(cli.Stdout, body);
    }

    [Fact]
    public async Task Unknown_actor_is_404_problem_listing_the_closest_matches()
    {
        var problem = await Client.GetProblem("api/allies/Irann", HttpStatusCode.NotFound);

        Assert.Contains("Irann", problem.GetProperty("detail").GetString());
        Assert.Contains(problem.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetString() == "iran");
    }

    [Theory]
    [InlineData("api/allies/iran?asOf=yesterday", "not a date")]
    [InlineData("api/allies/iran?asOf=2099-01-01", "in the future")]
    [InlineData("api/allies/iran?format=pdf", "not one of")]
    [InlineData("api/ask?q=", "question")]
    public async Task Bad_parameters_are_400_problems_saying_what_is_wrong(string path, string message)
    {
        var problem = await Client.GetProblem(path, HttpStatusCode.BadRequest);

        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ask_about_an_unknown_name_is_404()
    {
        var problem = await Client.GetProblem("api/ask?q=" + Uri.EscapeDataString("who are Atlantis's allies?"), HttpStatusCode.NotFound);

        Assert.Contains("Atlantis", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Ask_answers_like_the_command_line()
    {
        var cli = Cli.Run("ask", "is Oman an ally of Iran?", "--format", "json", "--db", fixture.Database.Path);
        Assert.True(cli.ExitCode == 0, cli.ToString());

        var (status, body, _) = await Client.Get("api/ask?q=" + Uri.EscapeDataString("is Oman an ally of Iran?"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.Stdout), JsonNode.Parse(body)));
        Assert.Equal("oman", JsonDocument.Parse(body).RootElement.GetProperty("verdict").GetProperty("other").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Html_answer_shows_document_markup_as_text()
    {
        var (_, html, _) = await Client.Get("api/allies/iran?format=html");

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>markup</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_answer_escapes_markup_so_it_can_sit_in_a_page()
    {
        var (_, json, _) = await Client.Get("api/allies/iran");

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Contains(Http.AllMembers(JsonDocument.Parse(json).RootElement).SelectMany(m => m.GetProperty("sources").EnumerateArray()),
            s => s.GetProperty("quote").GetString() == TestDatabase.HostileQuote);
    }

    [Fact]
    public async Task A_client_holding_the_current_answer_gets_304()
    {
        using var first = await Client.GetAsync("api/allies/hezbollah");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/allies/hezbollah");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Html_answer_comes_with_a_policy_that_runs_no_script()
    {
        using var response = await Client.GetAsync("api/allies/iran?format=html");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Clients_that_accept_gzip_get_the_same_answer_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/allies/iran");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await Client.SendAsync(request);
        await using var unzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var body = await new StreamReader(unzip).ReadToEndAsync();

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal((await Client.Get("api/allies/iran")).Body, body);
    }
}
