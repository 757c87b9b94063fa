using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>The offline basemap names cities from our gazetteer, more as the map zooms in, never over a report marker.</summary>
[Trait("Category", "Slow")]
public sealed class CityLabelsBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Labels = ".leaflet-pane .city-label";

    /// <summary>Every city label whose box meets a report marker's or a place label's box, with what it meets.</summary>
    private const string AnyCollision = """
        () => {
          const boxes = (s) => [...document.querySelectorAll(s)].map((e) => ({ e, r: e.getBoundingClientRect() })).filter((x) => x.r.width > 0);
          const labels = boxes('.city-label .city-label-inner');
          const reports = boxes('.leaflet-marker-pane .leaflet-marker-icon, .leaflet-tooltip-pane .leaflet-tooltip');
          const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          return labels.flatMap((a) => reports.filter((b) => hit(a.r, b.r)).map((b) => `${a.e.textContent} on ${b.e.textContent || b.e.className}`));
        }
        """;

    [ChromiumFact]
    public async Task City_labels_follow_the_zoom_and_keep_clear_of_the_reports()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync("/?lat=35&lon=39&zoom=6");
        await s.Page.WaitForSelectorAsync(Labels);
        await s.Page.WaitForTimeoutAsync(500); // cluster animations, then the labels' relayout
        var atSix = await s.Page.Locator($"{Labels} .city-name").AllTextContentsAsync();
        Assert.Contains("Damascus", atSix);
        Assert.Contains("Baghdad", atSix);
        Assert.Empty(await s.Page.EvaluateAsync<string[]>(AnyCollision)); // no city label touches a report marker or its label
        Assert.Equal("450", await s.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.leaflet-cityLabelPane-pane, .leaflet-pane:has(> .city-label)')).zIndex"));
        await s.ScreenshotAsync("city-labels-6.png");

        // Closer in, smaller towns are named too.
        await s.GotoDashboardAsync("/?lat=35.9&lon=38.8&zoom=9");
        await s.Page.WaitForSelectorAsync(Labels);
        await s.Page.WaitForTimeoutAsync(500);
        var atNine = await s.Page.Locator($"{Labels} .city-name").AllTextContentsAsync();
        Assert.Contains("Ath Thawrah", atNine);
        Assert.Empty(await s.Page.EvaluateAsync<string[]>(AnyCollision)); // no city label touches a report marker or its label
        await s.ScreenshotAsync("city-labels-9.png");
        s.AssertNoErrors();
    }
}
