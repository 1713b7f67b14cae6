using Entente.Web.BrowserTests.Infrastructure;

namespace Entente.Web.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class NetworkTests(WebApp app)
{
    [Fact]
    public async Task Clicking_Hezbollahs_edge_opens_its_evidence_with_sources()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");

        await NetworkCanvas.ClickEdgeAsync(page, "iran", "hezbollah");

        var evidence = page.Locator("#evidence");
        await Expect(evidence.Locator("h3")).ToHaveTextAsync("Iran — Hezbollah");
        await Expect(evidence).ToContainTextAsync("Non-state proxy ally");
        await Expect(evidence.Locator(".claim").First).ToBeVisibleAsync();
        await Expect(evidence.Locator(".source a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://"));
        await Expect(evidence).ToContainTextAsync("Middle East Institute");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("with=hezbollah"));
        await WebApp.ScreenshotAsync(page, "network-hezbollah-evidence");
    }

    [Fact]
    public async Task An_edge_can_still_be_clicked_after_the_network_moves_on_the_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();
        await page.Locator("#network").EvaluateAsync("canvas => canvas.scrollIntoView({ block: 'center' })");
        // The user points at the network first, so it measures where its canvas is (Cytoscape
        // keeps that until a resize or a scroll), and moves on to empty canvas.
        await NetworkCanvas.PointAtEdgeAsync(page, "iran", "hezbollah");
        await NetworkCanvas.PointAtEmptyCornerAsync(page);
        // The canvas moves while the page keeps its size and scroll position, as when content
        // beside it loads: no resize or scroll event tells the network that it has moved.
        await page.Locator("#network").EvaluateAsync(
            "canvas => { const column = canvas.closest('section'); column.style.position = 'relative'; column.style.left = '-70px'; }");

        await NetworkCanvas.ClickEdgeAsync(page, "iran", "hezbollah");

        await Expect(page.Locator("#evidence h3")).ToHaveTextAsync("Iran — Hezbollah");
    }

    [Fact]
    public async Task The_same_network_is_drawn_the_same_way_on_every_visit_and_every_redraw()
    {
        var first = await app.NewPageAsync();
        await first.GotoAsync("/?q=iran");
        var drawn = await NodePositionsAsync(first);

        var second = await app.NewPageAsync();
        await second.GotoAsync("/?q=iran");
        Assert.Equal(drawn, await NodePositionsAsync(second));

        // Drawn again in the same page, after another graph was laid out there.
        await second.GetByLabel("Depth").SelectOptionAsync("2");
        await second.WaitForFunctionAsync("n => window.ententeNetwork.nodes().length > n", drawn.Length);
        await second.GetByLabel("Depth").SelectOptionAsync("1");
        await second.WaitForFunctionAsync("n => window.ententeNetwork.nodes().length === n", drawn.Length);
        Assert.Equal(drawn, await NodePositionsAsync(second));
    }

    /// <summary>Each actor of the network with where the layout put it, in the order of the graph.</summary>
    private static async Task<string[]> NodePositionsAsync(IPage page)
    {
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();
        return await page.EvaluateAsync<string[]>(
            "() => window.ententeNetwork.nodes().map(n => `${n.id()} ${n.position('x').toFixed(2)} ${n.position('y').toFixed(2)}`)");
    }

    [Fact]
    public async Task The_relation_list_opens_the_same_evidence_from_the_keyboard()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");

        await page.Locator("#network-list summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var button = page.Locator("#network-list-items button[data-edge='hezbollah--iran']");
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#evidence h3")).ToHaveTextAsync("Iran — Hezbollah");
    }

    [Fact]
    public async Task Filtering_by_relation_type_hides_those_edges()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();

        await page.Locator(".relation-filter summary").ClickAsync();
        await page.GetByLabel("Proxy", new() { Exact = true }).UncheckAsync();

        var shownProxies = await page.EvaluateAsync<int>(
            "() => window.ententeNetwork.edges().filter(e => e.data('relation') === 'proxy' && e.style('display') !== 'none').length");
        Assert.Equal(0, shownProxies);
        await Expect(page.Locator("#network-list-items button[data-edge='hezbollah--iran']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Depth_two_reaches_partners_of_partners()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();
        var before = await page.EvaluateAsync<int>("() => window.ententeNetwork.nodes().length");

        await page.GetByLabel("Depth").SelectOptionAsync("2");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("depth=2"));
        await page.WaitForFunctionAsync("n => window.ententeNetwork.nodes().length > n", before);
    }
}
