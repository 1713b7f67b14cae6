using Entente.Web.BrowserTests.Infrastructure;

namespace Entente.Web.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class MapTests(WebApp app)
{
    [Fact]
    public async Task The_map_colours_Russia_as_a_great_power_partner_of_Iran()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran&view=map");

        var russia = page.Locator("#map path[data-iso3=RUS]");
        await Expect(russia).ToHaveAttributeAsync("data-alignment", "great_power");
        var legendColour = await page.Locator("#map-legend li[data-alignment=great_power] .swatch")
            .EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var russiaColour = await russia.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal(legendColour, russiaColour);
        await Expect(page.Locator("#map path[data-iso3=IRN]")).ToHaveAttributeAsync("data-alignment", "subject");
        await Expect(page.Locator("#map path[data-iso3=ISR]")).ToHaveAttributeAsync("data-alignment", "adversary");
        await Expect(page.Locator("#map circle.marker[data-actor=hezbollah]")).ToHaveCountAsync(1);
        await WebApp.ScreenshotAsync(page, "map-iran");
    }

    [Fact]
    public async Task Clicking_a_country_opens_its_relation()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran&view=map");

        await page.Locator("#map path[data-iso3=CHN]").ClickAsync();

        await Expect(page.Locator("#map-evidence h3")).ToHaveTextAsync("Iran — China");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=map&with=china"));
    }

    [Fact]
    public async Task A_coloured_country_opens_its_relation_from_the_keyboard()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?q=iran&view=map");

        await page.Locator("#map path[data-iso3=RUS]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#map-evidence h3")).ToHaveTextAsync("Iran — Russia");
        await Expect(page.Locator("#map-evidence")).ToContainTextAsync("Strategic great-power partner");
    }
}
