namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>Finds where an edge of the Cytoscape canvas is drawn, so a test can click it like a user.</summary>
public static class NetworkCanvas
{
    /// <summary>
    /// The page coordinates of a point on the edge between two actors, near b's end: edges fan
    /// out from the centre, so near the centre they overlap and a click there may hit another.
    /// </summary>
    public static async Task<(float X, float Y)> EdgePointAsync(IPage page, string a, string b)
    {
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();
        await page.Locator("#network").ScrollIntoViewIfNeededAsync();
        var point = await page.EvaluateAsync<float[]>(
            """
            ([a, b]) => {
              const cy = window.ententeNetwork;
              const edge = cy.edges().filter(e =>
                (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a))[0];
              if (!edge) return null;
              const from = cy.getElementById(a).renderedPosition();
              const to = cy.getElementById(b).renderedPosition();
              const length = Math.hypot(to.x - from.x, to.y - from.y);
              const t = Math.max(0.5, 1 - 22 / length);
              const box = cy.container().getBoundingClientRect();
              return [box.left + from.x + t * (to.x - from.x), box.top + from.y + t * (to.y - from.y)];
            }
            """, new[] { a, b });
        Assert.True(point is { Length: 2 }, $"the network has no edge between {a} and {b}");
        return (point[0], point[1]);
    }
}
