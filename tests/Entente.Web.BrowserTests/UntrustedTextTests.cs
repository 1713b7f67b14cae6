using Entente.Web.BrowserTests.Infrastructure;

namespace Entente.Web.BrowserTests;

/// <summary>Text from documents is data: markup in it is shown as characters and never runs.</summary>
[Collection(WebAppCollection.Name)]
public sealed class UntrustedTextTests(WebApp app)
{
    private static Task<bool> FlagIsSetAsync(IPage page) =>
        page.EvaluateAsync<bool>($"() => window.{HostileClaim.Flag} !== undefined");

    [Fact]
    public async Task The_review_queue_shows_a_quote_with_a_script_tag_as_text_and_runs_nothing()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?view=review");

        var card = page.Locator(".claim-card", new() { Has = page.Locator("blockquote", new() { HasTextString = "Iran keeps arming Hezbollah" }) });
        await Expect(card.Locator("blockquote")).ToHaveTextAsync(HostileClaim.Quote);
        await Expect(card.Locator(".source")).ToContainTextAsync(HostileClaim.SourceTitle);
        await Expect(card.Locator("img, script")).ToHaveCountAsync(0);
        Assert.False(await FlagIsSetAsync(page));
        await WebApp.ScreenshotAsync(page, "review-hostile-quote");
    }

    [Fact]
    public async Task Accepting_a_candidate_with_a_key_puts_its_quote_in_the_answer_as_text()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?view=review");
        var key = page.Locator("#view-review").GetByLabel("API key");
        await key.FillAsync(app.Server.ApiKey);
        await key.PressAsync("Tab");
        var card = page.Locator(".claim-card", new() { Has = page.Locator("blockquote", new() { HasTextString = "Tehran trains Hamas" }) });

        await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Expect(card).ToHaveAttributeAsync("data-decided", "accept");
        await page.GotoAsync("/?q=iran");
        var hamas = page.Locator("section[data-tier=core] tr[data-actor=hamas]");
        await Expect(hamas.Locator(".citations")).ToContainTextAsync(HostileClaim.SourcePublisher);
        await page.Locator("details.sources summary").ClickAsync();
        await Expect(page.Locator("details.sources blockquote", new() { HasTextString = "Tehran trains Hamas" })).ToHaveTextAsync(HostileClaim.AcceptQuote);
        await Expect(page.Locator("#answer script, #answer img")).ToHaveCountAsync(0);
        Assert.False(await FlagIsSetAsync(page));
    }

    [Fact]
    public async Task Accepting_without_a_key_says_what_to_do_and_changes_nothing()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?view=review");
        var card = page.Locator(".claim-card", new() { Has = page.Locator("blockquote", new() { HasTextString = "Iran keeps arming Hezbollah" }) });

        await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Expect(page.Locator("#review-status [role=alert]")).ToContainTextAsync("Enter an API key");
        await Expect(card).Not.ToHaveAttributeAsync("data-decided", "accept");
    }

    [Fact]
    public async Task A_wrong_key_gets_the_servers_refusal()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?view=review");
        var key = page.Locator("#view-review").GetByLabel("API key");
        await key.FillAsync("ent_not-a-real-key");
        await key.PressAsync("Tab");
        var card = page.Locator(".claim-card", new() { Has = page.Locator("blockquote", new() { HasTextString = "Iran keeps arming Hezbollah" }) });

        await card.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();

        await Expect(page.Locator("#review-status [role=alert]")).ToContainTextAsync("Could not reject");
    }

    [Fact]
    public async Task The_app_works_under_its_content_security_policy_without_violations()
    {
        var page = await app.NewPageAsync();
        await page.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync("/?q=iran");
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Map" }).ClickAsync();
        await Expect(page.Locator("#map[data-ready=true]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await Expect(page.Locator("#timeline[data-ready=true]")).ToBeVisibleAsync();

        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations);
        var policy = await page.Locator("meta[http-equiv=Content-Security-Policy]").GetAttributeAsync("content");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingesting_a_document_with_script_and_onerror_markup_runs_nothing_and_shows_the_servers_text_as_is()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?view=ingest");
        var key = page.Locator("#view-ingest").GetByLabel("API key");
        await key.FillAsync(app.Server.ApiKey);
        await key.PressAsync("Tab");
        const string document = "Iran supplies weapons <script>window.__ententeXss = 'ingest'</script> to Hezbollah, officials said.\n\n"
            + "Tehran also funds Hamas <img src=x onerror=\"window.__ententeXss = 'ingest-img'\">, according to the report.";
        await page.GetByLabel("Document text").FillAsync(document);
        await page.GetByLabel("Title (optional", new() { Exact = false }).FillAsync("Hostile <script>window.__ententeXss = 'title'</script> report");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Ingest", Exact = true }).ClickAsync(),
            r => r.Url.Contains("/api/documents", StringComparison.Ordinal));

        Assert.Equal(201, response.Status);
        var body = await response.JsonAsync();
        var result = page.Locator("#ingest-result");
        await Expect(result.Locator("h3").First).ToHaveTextAsync("Document read");
        // Whatever text the server kept from the document appears exactly as it sent it: as characters.
        var title = body!.Value.GetProperty("source").GetProperty("title").GetString()!;
        await Expect(result.Locator("dd", new() { HasTextString = title }).First).ToHaveTextAsync(title);
        var quotes = body.Value.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("quote").GetString()).OfType<string>().ToList();
        Assert.NotEmpty(quotes);
        await Expect(result.Locator(".claim-card blockquote")).ToHaveTextAsync(quotes.ToArray());
        await Expect(result.Locator("img, script")).ToHaveCountAsync(0);
        Assert.False(await FlagIsSetAsync(page));
        await WebApp.ScreenshotAsync(page, "ingest-hostile-document");
    }
}
