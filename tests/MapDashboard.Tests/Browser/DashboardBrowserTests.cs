using System.Globalization;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The dashboard in real Chromium: markers, the keyboard-driven date slider, the server-rendered popup,
/// the article page and back. Screenshots land in TestResults/screenshots/ beside the test assembly.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DashboardBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private const string Markers = ".leaflet-marker-pane .place-marker";
    private static readonly string RaqqaMarker = $".place-marker[data-place-id='{BrowserAppFactory.ArRaqqahSyria}']";

    [ChromiumFact]
    public async Task An_analyst_narrows_the_dates_opens_a_place_and_reads_the_article()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Args = ChromiumFactAttribute.Args,
            Headless = true,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                errors.Add($"HTTP {r.Status} for {r.Url}");
            }
        };
        var outside = new List<string>();
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(app.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(r.Url);
            }
        };
        Directory.CreateDirectory(ScreenshotDirectory);

        // The whole corpus: five places, seven events (one undated).
        await page.GotoAsync(app.BaseAddress.ToString());
        await WaitUntilReadyAsync(page, errors);
        Assert.Equal(5, await page.Locator(Markers).CountAsync());
        Assert.Equal("7 events shown · 5 places", await page.Locator("[data-role=event-count]").TextContentAsync());
        Assert.Equal("1", await page.Locator("[data-role=undated-count]").TextContentAsync());
        Assert.Equal(1, await page.Locator($"{Markers}.place-marker-country").CountAsync());
        Assert.Equal(1, await page.Locator($"{Markers}.place-marker-region").CountAsync());
        Assert.True(await page.Locator(".leaflet-basemap-pane canvas").CountAsync() > 0, "the offline basemap is drawn");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "dashboard.png") });

        // Keyboard: the "from" handle a month (PageUp) and 29 days on: 13 March 2017.
        var from = page.Locator("[role=slider][data-thumb=from]");
        await from.FocusAsync();
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("PageUp");
        Assert.Equal("13 March 2017", await from.GetAttributeAsync("aria-valuetext"));
        Assert.Equal("13 Mar 2017", await page.Locator("[data-role=from-label]").TextContentAsync());
        // Left: Raqqa (17 March and the undated report), Deir ez-Zor (17 March), Aleppo Governorate (March 2017).
        Assert.Equal(3, await page.Locator(Markers).CountAsync());
        Assert.Equal("4 events shown · 3 places", await page.Locator("[data-role=event-count]").TextContentAsync());

        await page.Locator("[data-role=undated-toggle]").UncheckAsync();
        Assert.Equal("3 events shown · 3 places", await page.Locator("[data-role=event-count]").TextContentAsync());
        Assert.Equal("1", await page.Locator(RaqqaMarker).GetAttributeAsync("data-count"));

        // End moves "to" no further than the last day; Home on "to" meets "from".
        var to = page.Locator("[role=slider][data-thumb=to]");
        await to.FocusAsync();
        await page.Keyboard.PressAsync("End");
        Assert.Equal("17 March 2017", await to.GetAttributeAsync("aria-valuetext"));
        Assert.Equal(ToDay(new DateOnly(2017, 3, 13)), await to.GetAttributeAsync("aria-valuemin"));

        // The popup comes from the server for the current dates: only the 17 March report.
        await page.Locator(RaqqaMarker).ClickAsync();
        var popup = page.Locator(".leaflet-popup .place-popup");
        await popup.WaitForAsync();
        Assert.Equal("Raqqa", await popup.Locator(".popup-place").TextContentAsync());
        var titles = await popup.Locator(".popup-title").AllTextContentsAsync();
        Assert.Equal(["Battle for Raqqa <script>alert(1)</script>"], titles);
        Assert.Equal("Raqqa", await popup.Locator(".popup-sentence mark").TextContentAsync());
        Assert.Equal("17 March 2017", await popup.Locator(".date").TextContentAsync());
        await page.WaitForTimeoutAsync(400); // Leaflet fades popups in
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "dashboard-popup.png") });

        // Follow the report to its article: the place is highlighted and links back to the map.
        await popup.Locator(".popup-title").ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Equal("Battle for Raqqa <script>alert(1)</script>", await page.Locator("h1").TextContentAsync());
        var place = page.Locator(".article-body a.place", new() { HasText = "Raqqa" });
        Assert.Equal(1, await place.CountAsync());
        Assert.True(await place.EvaluateAsync<bool>("e => e.matches(':target')"), "the link scrolls to the mention");
        Assert.Equal(1, await page.Locator(".article-body a.place", new() { HasText = "Deir ez-Zor" }).CountAsync());
        Assert.Equal("17 March 2017", await page.Locator(".article-meta time").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "article.png"), FullPage = true });

        // Back to the map centred on the place, its popup open.
        await place.ClickAsync();
        await WaitUntilReadyAsync(page, errors);
        await page.Locator(".leaflet-popup .place-popup").WaitForAsync();
        var centre = await page.EvaluateAsync<double[]>(
            "() => { const d = document.querySelector('[data-dashboard]').dataset; return [Number(d.lat), Number(d.lon)]; }");
        Assert.Equal(BrowserAppFactory.Raqqa.Latitude, centre[0], 4);
        Assert.Equal(BrowserAppFactory.Raqqa.Longitude, centre[1], 4);

        Assert.True(errors.Count == 0, string.Join(" | ", errors));
        Assert.Empty(outside);
    }

    /// <summary>Waits for dashboard.js to report the events and the basemap loaded; on timeout, says what the page logged.</summary>
    private static async Task WaitUntilReadyAsync(IPage page, List<string> errors)
    {
        try
        {
            await page.WaitForSelectorAsync("[data-dashboard][data-state=ready]", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        }
        catch (TimeoutException e)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "not-ready.png") });
            var status = await page.Locator("[data-role=map-status]").TextContentAsync();
            throw new TimeoutException($"The dashboard did not get ready. Status: '{status}'. Page errors: {string.Join(" | ", errors)}", e);
        }
    }

    private static string ToDay(DateOnly date) =>
        (date.DayNumber - new DateOnly(1970, 1, 1).DayNumber).ToString(CultureInfo.InvariantCulture);
}
