using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// One Chromium page on the app, recording console errors, failed responses and requests leaving the
/// app, and saving screenshots under TestResults/screenshots/.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Console errors, page errors and HTTP errors seen so far.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<BrowserSession> OpenAsync(Uri app, int width = 1280, int height = 800)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Args = ChromiumFactAttribute.Args,
            Headless = true,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = app.ToString() });
        var session = new BrowserSession(playwright, browser, page);
        page.PageError += (_, e) => session.Errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                session.Errors.Add(m.Text);
            }
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                session.Errors.Add($"HTTP {r.Status} for {r.Url}");
            }
        };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(app.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                session.Errors.Add($"request outside the app: {r.Url}");
            }
        };
        Directory.CreateDirectory(ScreenshotDirectory);
        return session;
    }

    /// <summary>Goes to a path of the app and waits for the dashboard to be ready.</summary>
    public async Task GotoDashboardAsync(string path = "/")
    {
        await Page.GotoAsync(path);
        await WaitUntilReadyAsync();
    }

    public async Task WaitUntilReadyAsync()
    {
        try
        {
            await Page.WaitForSelectorAsync("[data-dashboard][data-state=ready]", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The dashboard did not get ready. Errors: {string.Join(" | ", Errors)}", e);
        }
    }

    /// <summary>
    /// Waits until the open map popup has stopped moving. A popup pans the map into view when it opens and again
    /// when its reports arrive and it grows; a click during that pan lands where the link was, not where it is.
    /// </summary>
    public Task WaitForPopupToSettleAsync() => Page.WaitForFunctionAsync("""
        () => new Promise(resolve => {
          const popup = document.querySelector('.leaflet-popup');
          if (!popup) { resolve(false); return; }
          const before = popup.getBoundingClientRect();
          setTimeout(() => {
            const after = popup.getBoundingClientRect();
            resolve(before.x === after.x && before.y === after.y && before.height === after.height);
          }, 300);
        })
        """);

    public Task ScreenshotAsync(string name, bool fullPage = false) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name), FullPage = fullPage });

    /// <summary>The timeline's "N reports dated · M places".</summary>
    public async Task<string?> CountTextAsync() => await Page.Locator("[data-role=event-count]").TextContentAsync();

    /// <summary>
    /// Waits (Playwright's retrying assertion) until the timeline says <paramref name="text"/>: the server redraws
    /// after each change over the circuit, so what a click changes shows a moment later, not at once.
    /// </summary>
    public Task ExpectCountAsync(string text) => Assertions.Expect(Page.Locator("[data-role=event-count]")).ToHaveTextAsync(text);

    /// <summary>The dated reports' place markers on the map (the undated layer's carry <c>is-undated</c>).</summary>
    public ILocator DatedMarkers => Page.Locator(".leaflet-marker-pane .place-marker:not(.is-undated)");

    /// <summary>The undated layer's markers.</summary>
    public ILocator UndatedMarkers => Page.Locator(".leaflet-marker-pane .place-marker.is-undated");

    /// <summary>The titles in the list of reports beside the map, top first.</summary>
    public ILocator ListTitles => Page.Locator("[data-role=event-list-items] .event-item-title");

    public void AssertNoErrors() => Assert.True(Errors.Count == 0, string.Join(" | ", Errors));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
