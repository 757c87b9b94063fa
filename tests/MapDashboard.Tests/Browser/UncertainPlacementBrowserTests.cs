using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// An uncertain placement as an analyst meets it: the marker says so, its popup offers the other candidates, one
/// click corrects it, the saved note stays in sight, and "back to the map" returns to the view and filters left.
/// </summary>
[Trait("Category", "Slow")]
public sealed class UncertainPlacementBrowserTests(UncertainAppFactory app) : IClassFixture<UncertainAppFactory>
{
    private static string Marker(long placeId) => $".leaflet-marker-pane .place-marker[data-place-id='{placeId}']";

    [ChromiumFact]
    public async Task An_uncertain_place_is_corrected_in_one_click_from_its_popup_and_back_returns_to_the_same_view()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        // Not the fresh page: a view, a range and an extra role, all of which must survive the trip away.
        await s.GotoDashboardAsync("/?lat=34.7&lon=36.9&zoom=8&from=2017-02-01&to=2017-03-31&role=actor,dateline,event");
        var homs = s.Page.Locator(Marker(UncertainAppFactory.HomsCity));
        await Assertions.Expect(homs).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-uncertain"));
        Assert.Contains("uncertain placement (confidence 0.30)", await homs.Locator("xpath=..").GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
        // A certain place is drawn as before.
        await s.GotoDashboardAsync("/?lat=35.95&lon=39.0&zoom=10");
        await Assertions.Expect(s.Page.Locator(Marker(BrowserAppFactory.ArRaqqahSyria) + ":not(.is-undated)")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-uncertain"));

        await s.GotoDashboardAsync("/?lat=34.7&lon=36.9&zoom=8&from=2017-02-01&to=2017-03-31&role=actor,dateline,event");
        var address = new Uri(s.Page.Url).PathAndQuery;
        Assert.Contains("actor", address, StringComparison.Ordinal);
        Assert.Contains("from=2017-02-01", address, StringComparison.Ordinal);
        await homs.ClickAsync();
        var uncertain = s.Page.Locator(".leaflet-popup [data-role=popup-uncertain]");
        await Assertions.Expect(uncertain).ToContainTextAsync("Uncertain placement (confidence 0.30)");
        var alternatives = uncertain.Locator("[data-role=popup-alternative]");
        await Assertions.Expect(alternatives).ToHaveTextAsync(["Homs, Syria (province / region)", "Al Khums, Libya (city)"]);
        await s.WaitForPopupToSettleAsync();
        await s.ScreenshotAsync("popup-uncertain.png");
        // The address now names the open popup's place too: that is the view the user leaves.
        await s.Page.WaitForURLAsync($"**place={UncertainAppFactory.HomsCity}");
        address = new Uri(s.Page.Url).PathAndQuery;

        await alternatives.First.ClickAsync();
        await s.Page.WaitForURLAsync("**/articles/**corrected=**");
        await Assertions.Expect(s.Page.Locator("[data-role=corrected-note]")).ToBeInViewportAsync();
        await s.ScreenshotAsync("corrected-note.png");

        await s.Page.Locator("nav.back [data-role=back-to-map]").ClickAsync();
        await s.WaitUntilReadyAsync();
        AssertSameView(address, new Uri(s.Page.Url).PathAndQuery);
        // The report is now the province's: an area marker, and the city's marker is gone.
        await Assertions.Expect(s.Page.Locator(Marker(UncertainAppFactory.HomsProvince))).ToHaveCountAsync(1);
        await Assertions.Expect(homs).ToHaveCountAsync(0);
        s.AssertNoErrors();
    }

    /// <summary>The same filters, range and zoom; the centre within a few pixels (Leaflet snaps it as it redraws).</summary>
    private static void AssertSameView(string left, string right)
    {
        var a = QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), left).Query);
        var b = QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), right).Query);
        foreach (var key in a.Keys.Union(b.Keys).Where(k => k is not ("lat" or "lon" or "place")))
        {
            Assert.Equal($"{key}={a.GetValueOrDefault(key)}", $"{key}={b.GetValueOrDefault(key)}");
        }
        Assert.Equal(double.Parse(a["lat"]!, CultureInfo.InvariantCulture), double.Parse(b["lat"]!, CultureInfo.InvariantCulture), 0.05);
        Assert.Equal(double.Parse(a["lon"]!, CultureInfo.InvariantCulture), double.Parse(b["lon"]!, CultureInfo.InvariantCulture), 0.05);
    }
}
