using Microsoft.Playwright;

namespace EventTimeline.Tests.Browser;

/// <summary>One report opened in a fresh chromium profile, with what the page logged, raised, asked and requested.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] _chromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _browser;
    private readonly string _profile;
    private readonly string _screenshots;

    private BrowserSession(IPlaywright playwright, IBrowserContext browser, IPage page, string profile, string screenshots)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        _profile = profile;
        _screenshots = screenshots;
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public List<string> PageErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public List<string> Requests { get; } = [];

    public string? Csp { get; private set; }

    /// <summary>Opens <paramref name="report"/> and waits until its script has drawn it; screenshots go to <paramref name="screenshots"/>, else to the test's work folder under <paramref name="mode"/>.</summary>
    public static async Task<BrowserSession> OpenAsync(string report, string mode, string? screenshots = null)
    {
        screenshots ??= Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-report", mode);
        Directory.CreateDirectory(screenshots);
        var profile = Directory.CreateTempSubdirectory("eventtimeline-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExternalTools.Chromium,
            Headless = true,
            Args = _chromiumFlags,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        var session = new BrowserSession(playwright, browser, page, profile, screenshots);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => session.PageErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Add(dialog.Type + ": " + dialog.Message);
            await dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                session.Requests.Add(request.Url);
            }
        };
        await page.GotoAsync(new Uri(report).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        await page.WaitForSelectorAsync("#event-list li");
        await page.WaitForSelectorAsync("html.report-ready", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        session.Csp = await page.EvaluateAsync<string?>(
            "() => { const meta = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return meta ? meta.getAttribute('content') : null; }");
        TestContext.Out.WriteLine($"screenshots in {screenshots}");
        return session;
    }

    /// <summary>Loads the page again and returns the milliseconds from navigation to the script's <c>report-interactive</c> mark.</summary>
    public async Task<double> ReloadAsync()
    {
        await Page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        await Page.WaitForSelectorAsync("html.report-ready", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        return await Page.EvaluateAsync<double>("() => performance.getEntriesByName('report-interactive')[0].startTime");
    }

    public async Task ShotAsync(string name, bool fullPage = false)
    {
        var file = Path.Combine(_screenshots, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        TestContext.AddTestAttachment(file, name);
    }

    /// <summary>Skips the running test when chromium is missing (fails it where every tool is required).</summary>
    public static void RequireBrowser()
    {
        if (!File.Exists(ExternalTools.Chromium))
        {
            ExternalTools.Missing($"{ExternalTools.Chromium} is missing", "chromium");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
