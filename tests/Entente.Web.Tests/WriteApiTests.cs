using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Entente.Web.Tests;

/// <summary>Writes, on a server and database of their own (they change what the read tests compare).</summary>
public sealed class WriteApiTests : IClassFixture<WriteApiTests.Writable>
{
    private readonly Writable _fixture;

    public WriteApiTests(Writable fixture) => _fixture = fixture;

    private HttpClient Client => _fixture.Server.Client;

    /// <summary>Writes per key per minute on this server: more than the other tests make with one key.</summary>
    private const int RateLimit = 30;

    public sealed class Writable : IDisposable
    {
        public Writable()
        {
            Database = new TestDatabase();
            Key = Database.CreateKey("analyst");
            RateKey = Database.CreateKey("rate-test");
            RevokedKey = Database.CreateKey("former-analyst");
            var revoke = Cli.Run("keys", "revoke", "former-analyst", "--db", Database.Path);
            Assert.True(revoke.ExitCode == 0, revoke.ToString());
            Server = new ServerProcess(Database.Path, "--writes-per-minute", RateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public TestDatabase Database { get; }
        public ServerProcess Server { get; }
        public string Key { get; }
        public string RateKey { get; }
        public string RevokedKey { get; }

        public void Dispose()
        {
            Server.Dispose();
            Database.Dispose();
        }
    }

    private static HttpRequestMessage Post(string path, string? bearer = null, string? apiKey = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        return request;
    }

    [Fact]
    public async Task Writes_without_a_key_are_401()
    {
        using var response = await Client.SendAsync(Post($"api/claims/{_fixture.Database.CandidateId}/accept"));

        var problem = await response.Problem(HttpStatusCode.Unauthorized);
        Assert.Contains("entente keys create", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Writes_with_an_unknown_key_are_401()
    {
        using var response = await Client.SendAsync(Post($"api/claims/{_fixture.Database.CandidateId}/accept", bearer: "ent_not-a-real-key"));

        await response.Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Writes_with_a_revoked_key_are_403()
    {
        using var response = await Client.SendAsync(Post($"api/claims/{_fixture.Database.CandidateId}/reject", apiKey: _fixture.RevokedKey));

        var problem = await response.Problem(HttpStatusCode.Forbidden);
        Assert.Contains("former-analyst", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_claim_is_404()
    {
        using var response = await Client.SendAsync(Post("api/claims/987654321/accept", bearer: _fixture.Key));

        await response.Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accepting_and_rejecting_a_claim_changes_it_and_the_cached_answer()
    {
        var id = _fixture.Database.CandidateId;
        Assert.DoesNotContain("iceland", Http.MemberIds(await Client.GetJson("api/allies/iran")));
        Assert.DoesNotContain("iceland", (await Client.Get("api/allies/iran?format=csv")).Body, StringComparison.OrdinalIgnoreCase);

        using (var accept = await Client.SendAsync(Post($"api/claims/{id}/accept", bearer: _fixture.Key)))
        {
            Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
            Assert.Contains("\"status\":\"accepted\"", await accept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Contains("iceland", Http.MemberIds(await Client.GetJson("api/allies/iran")));
        Assert.Contains("Iceland", (await Client.Get("api/allies/iran?format=csv")).Body, StringComparison.Ordinal);
        Assert.Equal("accepted", (await Client.GetJson("api/relations/iran/iceland")).GetProperty("claims")[0].GetProperty("status").GetString());

        using (var reject = await Client.SendAsync(Post($"api/claims/{id}/reject", apiKey: _fixture.Key)))
            Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.DoesNotContain("iceland", Http.MemberIds(await Client.GetJson("api/allies/iran")));
        Assert.Contains((await Client.GetJson("api/claims?status=rejected")).EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Writes_beyond_the_per_key_rate_are_429_while_other_keys_still_write()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimit + 2; i++)
        {
            using var response = await Client.SendAsync(Post("api/claims/987654321/reject", bearer: _fixture.RateKey));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        using var other = await Client.SendAsync(Post("api/claims/987654321/reject", bearer: _fixture.Key));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Documents_need_a_key()
    {
        using var anonymous = await Client.SendAsync(Post("api/documents", content: new StringContent("Iran arms Hezbollah.", Encoding.UTF8, "text/plain")));

        await anonymous.Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_text_document_becomes_candidate_claims_once()
    {
        const string text = "Iran supplies the Houthis with drones and missile parts, according to a UN panel of experts.";

        using var first = await Client.SendAsync(Post("api/documents?reliability=b2&title=UN%20panel", bearer: _fixture.Key, content: new StringContent(text, Encoding.UTF8, "text/plain")));
        using var again = await Client.SendAsync(Post("api/documents", bearer: _fixture.Key, content: new StringContent(text, Encoding.UTF8, "text/plain")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var added = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("added", added.GetProperty("status").GetString());
        Assert.Equal("B2", added.GetProperty("source").GetProperty("reliability").GetString());
        Assert.Equal("UN panel", added.GetProperty("source").GetProperty("title").GetString());
        var claim = added.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("object").GetProperty("id").GetString() == "houthis");
        Assert.Equal("candidate", claim.GetProperty("status").GetString());
        Assert.Equal(text, claim.GetProperty("quote").GetString());
        var listed = await Client.GetJson("api/claims?status=candidate&about=houthis");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("id").GetInt64() == claim.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("already_stored", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_uploaded_html_page_with_a_script_is_read_as_text_and_its_markup_never_served_raw()
    {
        const string page = "<html><head><title>Moscow and Tehran</title></head><body><article><h1>Moscow and Tehran</h1>"
            + "<p>Russia delivered Su-35 fighter jets to Iran in 2025 <img src=x onerror=alert(1)>, deepening their military partnership.</p>"
            + "<script>alert('owned')</script></article></body></html>";
        var form = new MultipartFormDataContent { { new StringContent(page, Encoding.UTF8, "text/html"), "file", "moscow.html" } };
        var before = (await Client.GetJson("health")).GetProperty("dataVersion").GetInt64();

        using var response = await Client.SendAsync(Post("api/documents?accept=true&url=https://example.org/moscow", apiKey: _fixture.Key, content: form));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        var added = JsonDocument.Parse(body).RootElement;
        Assert.Equal("https://example.org/moscow", added.GetProperty("source").GetProperty("url").GetString());
        Assert.NotEmpty(added.GetProperty("claims").EnumerateArray());
        Assert.All(added.GetProperty("claims").EnumerateArray(), c => Assert.Equal("accepted", c.GetProperty("status").GetString()));
        Assert.True((await Client.GetJson("health")).GetProperty("dataVersion").GetInt64() > before);
        var html = (await Client.Get("api/allies/russia?format=html")).Body;
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_binary_file_sent_as_text_is_refused_with_415_and_nothing_stored()
    {
        var pdf = new ByteArrayContent([.. "%PDF-1.4\n"u8, 0, 1, 2, 3]);
        pdf.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var before = (await Client.GetJson("health")).GetProperty("dataVersion").GetInt64();

        using var response = await Client.SendAsync(Post("api/documents", bearer: _fixture.Key, content: pdf));

        var problem = await response.Problem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("PDF", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await Client.GetJson("health")).GetProperty("dataVersion").GetInt64());
    }

    [Theory]
    [InlineData("api/documents?reliability=Z9")]
    [InlineData("api/documents?url=javascript:alert(1)")]
    public async Task Bad_document_options_are_400(string path)
    {
        using var response = await Client.SendAsync(Post(path, bearer: _fixture.Key, content: new StringContent("Iran arms Hezbollah.", Encoding.UTF8, "text/plain")));

        await response.Problem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("application/pdf", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/plain", HttpStatusCode.BadRequest)]
    public async Task Documents_of_another_type_or_empty_are_refused(string mediaType, HttpStatusCode status)
    {
        var content = new ByteArrayContent(mediaType == "text/plain" ? [] : [0x25, 0x50, 0x44, 0x46]);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);

        using var response = await Client.SendAsync(Post("api/documents", bearer: _fixture.Key, content: content));

        await response.Problem(status);
    }

    [Fact]
    public async Task Documents_over_5_MB_are_refused_with_413()
    {
        var big = new ByteArrayContent(new byte[6 * 1024 * 1024]);
        big.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var request = Post("api/documents", bearer: _fixture.Key, content: big);
        // As curl does for large bodies: the server refuses before the body is sent.
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request);

        await response.Problem(HttpStatusCode.RequestEntityTooLarge);
    }
}
