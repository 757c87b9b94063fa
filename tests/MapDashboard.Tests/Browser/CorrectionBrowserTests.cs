using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// "Wrong place?" as a user follows it: from a popup to the correction page, another candidate chosen or a
/// point picked on the small map, and back on the map the report has moved, also after the article is
/// stored again (the override is keyed by the article's text and the mention's span).
/// </summary>
[Trait("Category", "Slow")]
public sealed class CorrectionBrowserTests(CorrectionAppFactory app) : IClassFixture<CorrectionAppFactory>
{
    private const double ToleranceDegrees = 0.0001;

    /// <summary>Close enough that Raqqa's marker stands alone (Tabqa is 40 km away).</summary>
    private const string AroundRaqqa = "/?lat=35.95&lon=39.0&zoom=10";
    /// <summary>Raqqa's dated reports (its undated one has a marker of its own on the undated layer).</summary>
    private static readonly string RaqqaMarker = $".leaflet-marker-pane .place-marker[data-place-id='{BrowserAppFactory.ArRaqqahSyria}']:not(.is-undated)";

    [ChromiumFact]
    public async Task Choosing_another_candidate_moves_the_report_and_survives_storing_the_article_again()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync(AroundRaqqa);
        await Assertions.Expect(s.Page.Locator(RaqqaMarker)).ToHaveAttributeAsync("data-count", "2");
        await s.Page.Locator(RaqqaMarker).ClickAsync();
        var report = s.Page.Locator(".leaflet-popup .popup-report", new() { HasText = "Air strikes hit Raqqa" });
        await report.WaitForAsync();
        await s.WaitForPopupToSettleAsync();
        await report.Locator(".popup-correct").ClickAsync();
        // The popup's link carries the map's address on, so every page after it can return to this view.
        await s.Page.WaitForURLAsync("**/mentions/*/correct?map=**");

        Assert.Equal("Wrong place? “Raqqa”", await s.Page.Locator("h1").TextContentAsync());
        Assert.StartsWith("Now: Raqqa, SY", await s.Page.Locator("[data-role=current-place]").TextContentAsync(), StringComparison.Ordinal);
        // The user knows better: it was Tabqa. The search puts its places first.
        await s.Page.Locator("input[name=search]").FillAsync("Tabqa");
        await s.Page.Locator(".correct-search button").ClickAsync();
        await s.Page.WaitForURLAsync("**search=Tabqa**");
        var other = s.Page.Locator("ul.candidates li").Filter(new() { HasNotText = "(current)" }).First;
        var chosenId = long.Parse((await other.Locator("input[type=radio]").GetAttributeAsync("value"))!, CultureInfo.InvariantCulture);
        var chosenLat = Number(await other.GetAttributeAsync("data-candidate-lat"));
        var chosenLon = Number(await other.GetAttributeAsync("data-candidate-lon"));
        var chosenName = await other.GetAttributeAsync("data-candidate-name");
        Assert.NotEqual(BrowserAppFactory.ArRaqqahSyria, chosenId);
        Assert.True(Math.Abs(chosenLon - BrowserAppFactory.Raqqa.Longitude) > 0.2, $"{chosenName} is elsewhere: {chosenLat}, {chosenLon}");
        await other.Locator("input[type=radio]").CheckAsync();
        await s.Page.WaitForSelectorAsync("[data-role=pick-map] .leaflet-interactive", new() { State = WaitForSelectorState.Attached });
        await s.ScreenshotAsync("correct-candidates.png", fullPage: true);
        await s.Page.Locator("button.primary").ClickAsync();
        await s.Page.WaitForURLAsync("**/articles/**corrected=**");
        Assert.Contains("(corrected)", await s.Page.Locator(".mention-corrections").TextContentAsync(), StringComparison.Ordinal);
        // Back to the view left (the popup panned it a little), not to a fresh map.
        Assert.Matches(@"^/\?lat=3[56]\.\d+&lon=39\.\d+&zoom=10&", await s.Page.Locator("nav.back [data-role=back-to-map]").GetAttributeAsync("href"));

        var moved = await EventOfAsync(s, "Air strikes hit Raqqa");
        Assert.Equal(chosenId, moved.PlaceId);
        Assert.Equal(chosenLat, moved.Lat, ToleranceDegrees);
        Assert.Equal(chosenLon, moved.Lon, ToleranceDegrees);

        // On the map: Raqqa has one report fewer, and the chosen place has its marker and label.
        await s.GotoDashboardAsync(Invariant($"/?lat={chosenLat}&lon={chosenLon}&zoom=9"));
        var marker = s.Page.Locator($".leaflet-marker-pane .place-marker[data-place-id='{chosenId}']");
        await Assertions.Expect(marker).ToHaveCountAsync(1);
        Assert.Contains(chosenName, await s.Page.Locator(".leaflet-tooltip.place-label").AllTextContentsAsync());
        await s.ScreenshotAsync("correct-moved.png");
        await s.GotoDashboardAsync(AroundRaqqa);
        await Assertions.Expect(s.Page.Locator(RaqqaMarker)).ToHaveAttributeAsync("data-count", "1");

        // The article stored again from scratch: the correction comes back with it.
        await app.ReingestAsync();
        var again = await EventOfAsync(s, "Air strikes hit Raqqa");
        Assert.Equal(chosenId, again.PlaceId);
        Assert.Equal(chosenLat, again.Lat, ToleranceDegrees);
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task A_point_picked_on_the_small_map_moves_the_report()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        var deir = await EventOfAsync(s, "Battle for Raqqa <script>alert(1)</script>", "Deir ez-Zor");
        await s.Page.GotoAsync($"/mentions/{deir.MentionId}/correct");
        var map = s.Page.Locator("[data-role=pick-map]");
        await s.Page.WaitForSelectorAsync("[data-role=pick-map] .leaflet-interactive", new() { State = WaitForSelectorState.Attached });
        var box = (await map.BoundingBoxAsync())!;
        // Right of and above the current point (the map's centre).
        await map.ClickAsync(new() { Position = new() { X = box.Width / 2 + 60, Y = box.Height / 2 - 40 } });
        var lat = Number(await s.Page.Locator("[name='Form.Latitude']").InputValueAsync());
        var lon = Number(await s.Page.Locator("[name='Form.Longitude']").InputValueAsync());
        Assert.True(lat > BrowserAppFactory.DeirEzZor.Latitude && lon > BrowserAppFactory.DeirEzZor.Longitude, $"picked {lat}, {lon}");
        Assert.True(await s.Page.Locator("input[name='Form.Choice'][value=point]").IsCheckedAsync());
        await s.ScreenshotAsync("correct-pick-point.png", fullPage: true);
        await s.Page.Locator("button.primary").ClickAsync();
        await s.Page.WaitForURLAsync("**/articles/**corrected=**");

        var moved = await EventOfAsync(s, "Battle for Raqqa <script>alert(1)</script>", "Deir ez-Zor");
        Assert.Equal(lat, moved.Lat, ToleranceDegrees);
        Assert.Equal(lon, moved.Lon, ToleranceDegrees);
        Assert.Equal("Deir ez-Zor", moved.Place);
        await s.GotoDashboardAsync(Invariant($"/?lat={lat}&lon={lon}&zoom=9"));
        await Assertions.Expect(s.Page.Locator($".leaflet-marker-pane .place-marker[data-place-id='{moved.PlaceId}']")).ToHaveCountAsync(1);
        s.AssertNoErrors();
    }

    private sealed record EventSeen(long MentionId, long PlaceId, string Place, double Lat, double Lon);

    /// <summary>The event of an article's report (and place name) as /api/events serves it.</summary>
    private static async Task<EventSeen> EventOfAsync(BrowserSession s, string title, string? mention = null)
    {
        if (s.Page.Url == "about:blank")
        {
            await s.Page.GotoAsync("/status");
        }
        var json = await s.Page.EvaluateAsync<string>("async () => await (await fetch('/api/events')).text()");
        using var doc = JsonDocument.Parse(json);
        var feature = doc.RootElement.GetProperty("features").EnumerateArray().Single(f =>
            f.GetProperty("properties").GetProperty("title").GetString() == title
            && (mention is null || f.GetProperty("properties").GetProperty("mention").GetString() == mention));
        var p = feature.GetProperty("properties");
        var c = feature.GetProperty("geometry").GetProperty("coordinates");
        return new(p.GetProperty("id").GetInt64(), p.GetProperty("placeId").GetInt64(), p.GetProperty("place").GetString()!, c[1].GetDouble(), c[0].GetDouble());
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
