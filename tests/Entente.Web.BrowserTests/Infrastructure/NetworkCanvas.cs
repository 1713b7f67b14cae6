namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>Finds where an edge of the Cytoscape canvas is drawn, so a test can click it like a user.</summary>
public static class NetworkCanvas
{
    /// <summary>
    /// Clicks the edge between two actors the way a user would: points at it, sees it highlighted,
    /// then clicks. The page may still be moving when the network is ready (the time slider and
    /// other views load beside it), so a point worked out a moment earlier can lie on another edge
    /// by the time of the click; the point is worked out again until pointing at it highlights this
    /// edge. Chromium hands mouse moves to the page at its next frame, which comes late on a busy
    /// machine, so each point is given time to take effect before it is given up; moving the mouse
    /// elsewhere at once would merge the two moves into one and the page would never see the first.
    /// </summary>
    public static async Task ClickEdgeAsync(IPage page, string a, string b)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (true)
        {
            var (x, y) = await EdgePointAsync(page, a, b);
            await page.Mouse.MoveAsync(x, y);
            if (await HighlightsAsync(page, a, b, TimeSpan.FromSeconds(3)))
            {
                await page.Mouse.ClickAsync(x, y);
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"pointing at the edge between {a} and {b} never highlighted it");
        }
    }

    /// <summary>Whether the edge between two actors is highlighted as hovered within the given time.</summary>
    private static async Task<bool> HighlightsAsync(IPage page, string a, string b, TimeSpan within)
    {
        try
        {
            await page.WaitForFunctionAsync(
                """
                ([a, b]) => window.ententeNetwork.edges('.hover').some(e =>
                  (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a))
                """, new[] { a, b }, new() { Timeout = (float)within.TotalMilliseconds, PollingInterval = 50 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The page coordinates of the point on the edge between two actors that lies farthest from
    /// every other edge and node, so a click there can only hit that edge (the layout is random
    /// and edges fan out from the centre, so a fixed point such as the midpoint may be shared).
    /// </summary>
    private static async Task<(float X, float Y)> EdgePointAsync(IPage page, string a, string b)
    {
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();
        // The whole canvas in view, not just a corner of it, so that any point of the edge can be pointed at.
        await page.Locator("#network").EvaluateAsync("canvas => canvas.scrollIntoView({ block: 'center' })");
        var point = await page.EvaluateAsync<float[]>(
            """
            ([a, b]) => {
              const cy = window.ententeNetwork;
              const edge = cy.edges().filter(e =>
                (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a))[0];
              if (!edge) return null;
              const from = edge.source().renderedPosition(), to = edge.target().renderedPosition();
              const segmentDistance = (p, s, t) => {
                const dx = t.x - s.x, dy = t.y - s.y, length2 = dx * dx + dy * dy || 1;
                const k = Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / length2));
                return Math.hypot(p.x - s.x - k * dx, p.y - s.y - k * dy);
              };
              const others = cy.edges(':visible').filter(e => e.id() !== edge.id())
                .map(e => [e.source().renderedPosition(), e.target().renderedPosition()]);
              // Nodes with room for their labels, which sit below them.
              const nodes = cy.nodes(':visible').map(n => n.renderedPosition());
              // Cytoscape's own hit test (an internal of its renderer) says which element a click at
              // a point would reach; only points that reach this edge are candidates.
              const renderer = cy.renderer();
              const zoom = cy.zoom(), pan = cy.pan();
              const hits = p => renderer.findNearestElement((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false);
              // The mouse only reaches the canvas where the canvas is in the viewport and nothing covers it.
              const box = cy.container().getBoundingClientRect();
              const reachable = p => {
                const under = document.elementFromPoint(box.left + p.x, box.top + p.y);
                return under !== null && cy.container().contains(under);
              };
              let best = null, bestClearance = -Infinity;
              for (let t = 0.2; t <= 0.9; t += 0.02) {
                const p = { x: from.x + t * (to.x - from.x), y: from.y + t * (to.y - from.y) };
                const hit = hits(p);
                if (!hit || hit.id() !== edge.id() || !reachable(p)) continue;
                const clearance = Math.min(
                  ...others.map(([s, e]) => segmentDistance(p, s, e)),
                  ...nodes.map(n => Math.min(Math.hypot(p.x - n.x, p.y - n.y), Math.hypot(p.x - n.x, p.y - n.y - 14)) - 14));
                if (clearance > bestClearance) { bestClearance = clearance; best = p; }
              }
              if (!best) return null;
              return [box.left + best.x, box.top + best.y];
            }
            """, new[] { a, b });
        Assert.True(point is { Length: 2 }, $"the network has no edge between {a} and {b}, or no point of it a click would reach");
        return (point[0], point[1]);
    }
}
