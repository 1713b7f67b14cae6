namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>Finds where an edge of the Cytoscape canvas is drawn, so a test can click it like a user.</summary>
public static class NetworkCanvas
{
    /// <summary>
    /// Clicks the edge between two actors the way a user would: points at it, sees it highlighted,
    /// then clicks.
    /// </summary>
    public static async Task ClickEdgeAsync(IPage page, string a, string b)
    {
        var (x, y) = await PointAtEdgeAsync(page, a, b);
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>
    /// Points at the edge between two actors until it is highlighted, and says where. The page may
    /// still be moving when the network is ready (the time slider and other views load beside it),
    /// so a point worked out a moment earlier can lie on another edge by the time the pointer gets
    /// there; the point is worked out again until pointing at it highlights this edge. Chromium
    /// hands mouse moves to the page at its next frame, which comes late on a busy machine, so each
    /// point is given time to take effect before it is given up; moving the mouse elsewhere at once
    /// would merge the two moves into one and the page would never see the first.
    /// </summary>
    public static async Task<(float X, float Y)> PointAtEdgeAsync(IPage page, string a, string b)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (true)
        {
            var point = await EdgePointAsync(page, a, b);
            await page.Mouse.MoveAsync(point.X, point.Y);
            if (await HighlightsAsync(page, a, b, TimeSpan.FromSeconds(3))) return (point.X, point.Y);
            if (DateTime.UtcNow >= deadline)
            {
                var highlighted = await page.EvaluateAsync<string>(
                    "() => window.ententeNetwork.edges('.hover').map(e => e.id()).join(', ') || 'nothing'");
                Assert.Fail($"pointing at the edge between {a} and {b} never highlighted it: at ({point.X}, {point.Y}), "
                    + $"{point.Clearance:0.0} px from any other element, {highlighted} was highlighted");
            }
        }
    }

    /// <summary>
    /// Points at the canvas's top left corner, which the network's fit to the canvas leaves empty,
    /// and waits until no edge is highlighted: the network has seen the pointer there.
    /// </summary>
    public static async Task PointAtEmptyCornerAsync(IPage page)
    {
        var box = await page.Locator("#network").BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Mouse.MoveAsync(box.X + 6, box.Y + 6);
        await page.WaitForFunctionAsync("() => window.ententeNetwork.edges('.hover').length === 0", null, new() { PollingInterval = 50 });
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
    /// every other edge and node, so a click there can only hit that edge (edges fan out from the
    /// centre, so a fixed point such as the midpoint may be shared), with how far that is.
    /// </summary>
    private static async Task<EdgePoint> EdgePointAsync(IPage page, string a, string b)
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
              // Rendered positions count from inside the canvas's border and padding, as Cytoscape
              // measures the pointer; measured here afresh, not read from Cytoscape's cache, so a
              // cache left stale by a move of the canvas makes the click miss.
              const container = cy.container();
              const box = container.getBoundingClientRect(), style = getComputedStyle(container);
              const left = box.left + container.clientLeft + parseFloat(style.paddingLeft);
              const top = box.top + container.clientTop + parseFloat(style.paddingTop);
              // The mouse only reaches the canvas where the canvas is in the viewport and nothing covers it.
              const reachable = p => {
                const under = document.elementFromPoint(p.x, p.y);
                return under !== null && container.contains(under);
              };
              let best = null, bestClearance = -Infinity;
              for (let t = 0.2; t <= 0.9; t += 0.02) {
                // The page receives the pointer in whole pixels, so each point is moved to the
                // pixel it will arrive as, and that pixel is what is tested: where edges nearly
                // overlap, a pixel's difference is another edge.
                const client = {
                  x: Math.round(left + from.x + t * (to.x - from.x)),
                  y: Math.round(top + from.y + t * (to.y - from.y)),
                };
                const p = { x: client.x - left, y: client.y - top };
                const hit = hits(p);
                if (!hit || hit.id() !== edge.id() || !reachable(client)) continue;
                const clearance = Math.min(
                  ...others.map(([s, e]) => segmentDistance(p, s, e)),
                  ...nodes.map(n => Math.min(Math.hypot(p.x - n.x, p.y - n.y), Math.hypot(p.x - n.x, p.y - n.y - 14)) - 14));
                if (clearance > bestClearance) { bestClearance = clearance; best = client; }
              }
              return best && [best.x, best.y, bestClearance];
            }
            """, new[] { a, b });
        Assert.True(point is { Length: 3 }, $"the network has no edge between {a} and {b}, or no point of it a click would reach");
        return new EdgePoint(point[0], point[1], point[2]);
    }

    /// <summary>A point of an edge on the page, and its distance from every other element drawn.</summary>
    private readonly record struct EdgePoint(float X, float Y, float Clearance);
}
