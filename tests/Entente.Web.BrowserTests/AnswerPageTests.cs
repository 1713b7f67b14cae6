using Entente.Web.BrowserTests.Infrastructure;

namespace Entente.Web.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class AnswerPageTests(WebApp app)
{
    [Fact]
    public async Task The_answer_for_Iran_shows_the_TLDR_the_tiers_and_the_table()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");

        await Expect(page.Locator("#answer-title")).ToHaveTextAsync("Iran: allies and partners");
        await Expect(page.Locator(".tldr")).ToContainTextAsync("Iran has no formal treaty allies");
        await Expect(page.Locator(".time-context")).ToContainTextAsync("As of 15 January 2026");
        var core = page.Locator("section[data-tier=core]");
        await Expect(core.Locator("h3")).ToContainTextAsync("Core allies and partners");
        await Expect(core.Locator("thead th")).ToHaveTextAsync(["Country / Actor", "Type of relationship", "Main areas", "Sources"]);
        var hezbollah = core.Locator("tr[data-actor=hezbollah]");
        await Expect(hezbollah).ToContainTextAsync("Non-state proxy ally");
        await Expect(hezbollah).ToContainTextAsync("Weapons");
        await Expect(hezbollah.Locator("td .citations a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://"));
        await Expect(hezbollah.Locator(".grade").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-F][1-6]$"));
        await Expect(page.Locator("section[data-tier=great_power] tr[data-actor=russia]")).ToBeVisibleAsync();
        await Expect(page.Locator("section[data-tier=great_power] tr[data-actor=china]")).ToBeVisibleAsync();
        await Expect(page.Locator("section[data-tier=varying] tr[data-actor=oman]")).ToBeVisibleAsync();
        await Expect(page.Locator("section[data-tier=former] tr[data-actor=assad-government]")).ToContainTextAsync("2024-12-08");
        await Expect(page.Locator("section[data-tier=adversaries] tr[data-actor=israel]")).ToBeVisibleAsync();
        await Expect(page.Locator(".viewpoints")).ToContainTextAsync("Where sources disagree");
        await WebApp.ScreenshotAsync(page, "answer-iran-1280x800");
    }

    [Fact]
    public async Task A_deep_link_with_a_capital_and_a_date_opens_that_answer_with_the_slider_on_that_month()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=Tehran&asOf=2023-06-30");

        await Expect(page.Locator("#answer-title")).ToHaveTextAsync("Iran: allies and partners");
        await Expect(page.Locator(".time-context")).ToContainTextAsync("As of 30 June 2023");
        await Expect(page.Locator("#as-of-label")).ToHaveTextAsync("June 2023");
        await Expect(page.Locator("section[data-tier=core] tr[data-actor=assad-government]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Typing_in_the_ask_box_suggests_actors_and_the_keyboard_picks_one()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Ask about an actor").FillAsync("hezb");
        await Expect(page.Locator("#ask-suggestions [role=option]").First).ToContainTextAsync("Hezbollah");
        await page.GetByLabel("Ask about an actor").PressAsync("ArrowDown");
        await page.GetByLabel("Ask about an actor").PressAsync("Enter");

        await Expect(page.Locator("#answer-title")).ToHaveTextAsync("Hezbollah: allies and partners");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=hezbollah$"));
    }

    [Fact]
    public async Task A_question_gets_a_verdict()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Ask about an actor").FillAsync("is Oman an ally of Iran?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }).ClickAsync();

        await Expect(page.Locator(".verdict")).ToContainTextAsync("Oman is a mediator");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=is\+Oman"));
    }

    [Fact]
    public async Task An_unknown_actor_gets_the_servers_message_with_closest_matches()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=Irann");

        await Expect(page.Locator("#answer-status[role=alert]")).ToContainTextAsync("Iran");
    }

    [Fact]
    public async Task At_phone_width_the_answer_fits_the_screen()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/?q=iran");

        await Expect(page.Locator("section[data-tier=core] tr[data-actor=hezbollah]")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 390px screen");
        await WebApp.ScreenshotAsync(page, "answer-iran-phone");
    }

    [Fact]
    public async Task The_answer_links_to_the_same_report_as_a_downloadable_HTML_file()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran&asOf=2025-06-30");

        var link = page.Locator(".downloads a", new() { HasTextString = "HTML" });
        await Expect(link).ToHaveAttributeAsync("href", "/api/allies/iran?asOf=2025-06-30&format=html");
        var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_control_on_every_view_has_a_label()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran");
        await Expect(page.Locator("#network[data-ready=true]")).ToBeVisibleAsync();

        var unlabelled = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('input, select, textarea, button')]
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
              .map(e => e.id || e.outerHTML.slice(0, 80))
            """);
        Assert.Empty(unlabelled);
    }
}
