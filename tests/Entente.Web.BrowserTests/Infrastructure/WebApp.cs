namespace Entente.Web.BrowserTests.Infrastructure;

/// <summary>
/// One real server and one real Chromium shared by the browser tests; each test opens its own
/// browser context (fresh storage), so tests do not depend on each other's order.
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium; ENTENTE_CHROMIUM points elsewhere when it lives elsewhere.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("ENTENTE_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public EntenteServer Server { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Server = await EntenteServer.StartAsync(HostileClaim.Seed);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A page in a fresh context at the given size (1280×800 unless told).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        SetDefaultExpectTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Saves what the screen shows as a test artefact (TestResults/screenshots/NAME.png), and the
    /// whole scrolled page beside it (NAME.full.png).
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.full.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Server?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebApp>
{
    public const string Name = "web app";
}
