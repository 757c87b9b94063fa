using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// Every way away from the map and back keeps what the analyst set up (range, search, filters, view): the header's
/// links, the review page, an article's place names and its small map.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MapStateLinksBrowserTests(FiltersAppFactory app) : IClassFixture<FiltersAppFactory>
{
    /// <summary>January and February, "raqqa OR mosul", Syria only: the Raqqa air strikes and the Mosul offensive's Syria.</summary>
    private const string Analysis = "/?from=2017-01-12&to=2017-02-28&q=raqqa%20OR%20mosul&country=SY";
    private const string AnalysisCount = "2 reports dated · 2 places";

    [ChromiumFact]
    public async Task The_header_the_review_page_and_an_articles_place_link_keep_range_filters_and_view()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync(Analysis);
        await s.ExpectCountAsync(AnalysisCount);
        var before = await MapAddressAsync(s);

        // Header → Review: the page carries the map's address, and the brand goes back to it.
        await s.Page.Locator(".header-nav a", new() { HasText = "Review" }).ClickAsync();
        await s.Page.WaitForURLAsync("**/review?map=**");
        Assert.Equal(before, MapOf(s.Page.Url));
        Assert.Equal(before, await s.Page.Locator("a.brand").GetAttributeAsync("href"));

        // Review → an article (Tabqa, to place, is in the Raqqa air strikes): its "back to the map" is the same view.
        await s.Page.Locator("[data-role=review-list] a", new() { HasText = "Air strikes hit Raqqa" }).ClickAsync();
        await s.Page.WaitForURLAsync("**/articles/**");
        Assert.Equal(before, MapOf(s.Page.Url));
        Assert.Equal(before, await s.Page.Locator("nav.back [data-role=back-to-map]").GetAttributeAsync("href"));
        await s.ScreenshotAsync("links-article.png");

        // The article's "Raqqa" opens Raqqa on the map with the range, the search and the country kept.
        await s.Page.Locator($"article a.place[data-place-id='{BrowserAppFactory.ArRaqqahSyria}']").First.ClickAsync();
        await s.WaitUntilReadyAsync();
        var there = QueryHelpers.ParseQuery(new Uri(s.Page.Url).Query);
        Assert.Equal(("2017-01-12", "2017-02-28", "raqqa OR mosul", "SY", BrowserAppFactory.ArRaqqahSyria.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (there["from"].ToString(), there["to"].ToString(), there["q"].ToString(), there["country"].ToString(), there["place"].ToString()));
        await s.ExpectCountAsync(AnalysisCount);
        await Assertions.Expect(s.Page.Locator("[data-role=search]")).ToHaveValueAsync("raqqa OR mosul");
        await Assertions.Expect(s.Page.Locator(".leaflet-popup .popup-title")).ToHaveTextAsync(["Air strikes hit Raqqa"]);
        await s.ScreenshotAsync("links-place-on-map.png");

        // Header → Import → the brand: back to this view.
        var atRaqqa = await MapAddressAsync(s);
        await s.Page.Locator(".header-nav a", new() { HasText = "Import" }).ClickAsync();
        await s.Page.WaitForURLAsync("**/import?map=**");
        await s.Page.Locator("a.brand").ClickAsync();
        await s.WaitUntilReadyAsync();
        Assert.Equal(atRaqqa, await MapAddressAsync(s));
        await s.ExpectCountAsync(AnalysisCount);
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_articles_small_map_opens_a_place_in_the_view_it_came_from()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync(Analysis);
        await s.ExpectCountAsync(AnalysisCount);
        await s.Page.Locator("[data-role=event-list-items] .event-item-title", new() { HasText = "Mosul offensive resumes" }).ClickAsync();
        var title = s.Page.Locator(".leaflet-popup .popup-title", new() { HasText = "Mosul offensive resumes" });
        await title.WaitForAsync();
        await s.WaitForPopupToSettleAsync();
        await title.ClickAsync();
        await s.Page.WaitForURLAsync("**/articles/**map=**");

        // The small map's Mosul: on the main map with January–February, the search and Syria kept.
        await s.Page.Locator("[data-article-map] .leaflet-interactive").First.WaitForAsync();
        await s.ScreenshotAsync("links-article-mini-map.png");
        await s.Page.Locator("[data-article-map] .leaflet-interactive").First.ClickAsync();
        await s.WaitUntilReadyAsync();
        var there = QueryHelpers.ParseQuery(new Uri(s.Page.Url).Query);
        Assert.Equal(("2017-01-12", "2017-02-28", "raqqa OR mosul", "SY"),
            (there["from"].ToString(), there["to"].ToString(), there["q"].ToString(), there["country"].ToString()));
        Assert.NotEmpty(there["place"].ToString());
        await s.ExpectCountAsync(AnalysisCount);
        s.AssertNoErrors();
    }

    /// <summary>The map page's address once its view is written (the fit adds lat, lon and zoom).</summary>
    private static async Task<string> MapAddressAsync(BrowserSession s)
    {
        await s.Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).has('lat')");
        return await s.Page.EvaluateAsync<string>("() => location.pathname + location.search");
    }

    private static string? MapOf(string url) => QueryHelpers.ParseQuery(new Uri(url).Query).TryGetValue("map", out var map) ? map.ToString() : null;
}
