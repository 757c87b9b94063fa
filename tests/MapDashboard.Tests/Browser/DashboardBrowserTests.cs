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
    private static readonly string RaqqaMarker = $".place-marker[data-place-id='{BrowserAppFactory.ArRaqqahSyria}']:not(.is-undated)";

    [ChromiumFact]
    public async Task An_analyst_narrows_the_dates_opens_a_place_and_reads_the_article()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        var page = s.Page;

        // The whole corpus: four dated reports at five places; the undated one is counted apart.
        await s.GotoDashboardAsync();
        await s.ExpectCountAsync("4 reports dated · 5 places");
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(5);
        Assert.Equal("1", await page.Locator("[data-role=undated-count]").TextContentAsync());
        await Assertions.Expect(s.UndatedMarkers).ToHaveCountAsync(1);
        Assert.Equal(1, await s.DatedMarkers.And(page.Locator(".place-marker-country")).CountAsync());
        Assert.Equal(1, await s.DatedMarkers.And(page.Locator(".place-marker-region")).CountAsync());
        Assert.True(await page.Locator(".leaflet-basemap-pane canvas").CountAsync() > 0, "the offline basemap is drawn");
        await s.ScreenshotAsync("dashboard.png");

        // Keyboard: the "from" handle a month (PageUp) and 29 days on: 13 March 2017.
        var from = page.Locator("[role=slider][data-thumb=from]");
        await from.FocusAsync();
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("PageUp");
        Assert.Equal("13 March 2017", await from.GetAttributeAsync("aria-valuetext"));
        Assert.Equal("13 Mar 2017", await page.Locator("[data-role=from-label]").TextContentAsync());
        // Left: the battle for Raqqa (Raqqa, Deir ez-Zor; 17 March) and the clashes in Aleppo Governorate (March).
        await s.ExpectCountAsync("2 reports dated · 3 places");
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(RaqqaMarker)).ToHaveAttributeAsync("data-count", "1");

        // The undated report is apart: switching its layer off changes no count of the range.
        await page.Locator("[data-role=undated-toggle]").UncheckAsync();
        await Assertions.Expect(s.UndatedMarkers).ToHaveCountAsync(0);
        await s.ExpectCountAsync("2 reports dated · 3 places");

        // End moves "to" no further than the last day (the month-dated report runs to 31 March); its least is "from".
        var to = page.Locator("[role=slider][data-thumb=to]");
        await to.FocusAsync();
        await page.Keyboard.PressAsync("End");
        Assert.Equal("31 March 2017", await to.GetAttributeAsync("aria-valuetext"));
        Assert.Equal(ToDay(new DateOnly(2017, 3, 13)), await to.GetAttributeAsync("aria-valuemin"));

        // The popup comes from the server for the current dates: only the 17 March report.
        await page.Locator(RaqqaMarker).ClickAsync();
        var popup = page.Locator(".leaflet-popup .place-popup");
        await popup.WaitForAsync();
        Assert.Equal("Raqqa", await popup.Locator(".popup-place").TextContentAsync());
        await Assertions.Expect(popup.Locator(".popup-title")).ToHaveTextAsync(["Battle for Raqqa <script>alert(1)</script>"]);
        Assert.Equal("Raqqa", await popup.Locator(".popup-sentence mark").TextContentAsync());
        Assert.Equal("17 March 2017", await popup.Locator(".date").TextContentAsync());
        await s.WaitForPopupToSettleAsync();
        await s.ScreenshotAsync("dashboard-popup.png");

        // Follow the report to its article: the place is highlighted and links back to the map.
        await popup.Locator(".popup-title").ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Equal("Battle for Raqqa <script>alert(1)</script>", await page.Locator("h1").TextContentAsync());
        var place = page.Locator(".article-body a.place", new() { HasText = "Raqqa" });
        Assert.Equal(1, await place.CountAsync());
        Assert.True(await place.EvaluateAsync<bool>("e => e.matches(':target')"), "the link scrolls to the mention");
        Assert.Equal(1, await page.Locator(".article-body a.place", new() { HasText = "Deir ez-Zor" }).CountAsync());
        Assert.Equal("17 March 2017", await page.Locator(".article-meta time").TextContentAsync());
        await s.ScreenshotAsync("article.png", fullPage: true);

        // Back to the map centred on the place, its popup open.
        await place.ClickAsync();
        await s.WaitUntilReadyAsync();
        await page.Locator(".leaflet-popup .place-popup").WaitForAsync();
        // Centred on it, then panned by as much as the popup needs to fit: the marker is on screen, not at the centre.
        var map = (await page.Locator("[data-role=map]").BoundingBoxAsync())!;
        var marker = (await page.Locator(RaqqaMarker).BoundingBoxAsync())!;
        Assert.True(marker.X >= map.X && marker.X + marker.Width <= map.X + map.Width && marker.Y >= map.Y && marker.Y + marker.Height <= map.Y + map.Height,
            $"Raqqa's marker at {marker.X},{marker.Y} is inside the map {map.X},{map.Y} {map.Width}x{map.Height}");
        Assert.Contains($"place={BrowserAppFactory.ArRaqqahSyria}", page.Url, StringComparison.Ordinal);
        s.AssertNoErrors();
    }

    private static string ToDay(DateOnly date) =>
        (date.DayNumber - new DateOnly(1970, 1, 1).DayNumber).ToString(CultureInfo.InvariantCulture);
}
