using Entente.Web.BrowserTests.Infrastructure;

namespace Entente.Web.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class TimeTests(WebApp app)
{
    [Fact]
    public async Task Moving_the_slider_back_to_2023_brings_Syria_back_in_the_answer_and_the_network()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");
        var slider = page.GetByLabel("As of", new() { Exact = true });
        // Today is pinned to 15 January 2026: the last step is that month.
        await Expect(slider).ToHaveAttributeAsync("max", (2026 * 12).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("section[data-tier=core] tr[data-actor=assad-government]")).ToHaveCountAsync(0);

        // 31 months back from January 2026, one key press per month, as a keyboard user would.
        await slider.FocusAsync();
        for (var month = 0; month < 31; month++)
            await page.Keyboard.PressAsync("ArrowLeft");

        await Expect(page.Locator("#as-of-label")).ToHaveTextAsync("June 2023");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("asOf=2023-06-30"));
        await Expect(page.Locator(".time-context")).ToContainTextAsync("As of 30 June 2023");
        await Expect(page.Locator("section[data-tier=core] tr[data-actor=assad-government]")).ToContainTextAsync("Assad government");
        await page.WaitForFunctionAsync("() => window.ententeNetwork && window.ententeNetwork.getElementById('assad-government').length > 0");
        await WebApp.ScreenshotAsync(page, "answer-iran-june-2023");
    }

    [Fact]
    public async Task The_timeline_ends_the_Assad_alliance_in_December_2024()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran&view=timeline");

        var row = page.Locator("#timeline .timeline-row[data-actor=assad-government][data-relation=ally]");
        await Expect(row).ToHaveAttributeAsync("data-until", new System.Text.RegularExpressions.Regex("^2024-12"));
        await Expect(page.Locator("#timeline .timeline-row[data-actor=hezbollah]").First).ToBeVisibleAsync();
        await row.ClickAsync();
        await Expect(page.Locator("#timeline-evidence h3")).ToContainTextAsync("Iran — ");
        await WebApp.ScreenshotAsync(page, "timeline-iran");
    }
}
