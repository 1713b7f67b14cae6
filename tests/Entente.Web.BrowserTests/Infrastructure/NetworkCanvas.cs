namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>Finds where an edge of the Cytoscape canvas is drawn, so a test can click it like a user.</summary>
public static class NetworkCanvas
{
    /// <summary>The page coordinates of the midpoint of the edge between two actors.</summary>
    public static async Task<(float X, float Y)> EdgeMidpointAsync(IPage page, string a, string b)
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
              const mid = edge.renderedMidpoint();
              const box = cy.container().getBoundingClientRect();
              return [box.left + mid.x, box.top + mid.y];
            }
            """, new[] { a, b });
        Assert.True(point is { Length: 2 }, $"the network has no edge between {a} and {b}");
        return (point[0], point[1]);
    }

    public static Task<bool> HasNodeAsync(IPage page, string id) =>
        page.EvaluateAsync<bool>("id => window.ententeNetwork.getElementById(id).length > 0", id);
}
