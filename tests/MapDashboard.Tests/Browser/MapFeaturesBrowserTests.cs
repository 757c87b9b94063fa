using System.Globalization;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The map page's working parts in real Chromium: role filter, slider by keyboard and by histogram drag,
/// play, the list in step with the map, the permalink, a phone screen and the article's map.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MapFeaturesBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string AllShown = "7 events shown · 5 places";
    private static readonly string TurkeyMarker = $".place-marker[data-place-id='{BrowserAppFactory.TurkeyCountry}']";

    [ChromiumFact]
    public async Task Actors_are_one_tick_away_and_counts_follow()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        Assert.Equal(AllShown, await s.CountTextAsync());
        var actor = s.Page.Locator("[data-facet=role] input[value=actor]");
        Assert.False(await actor.IsCheckedAsync());
        Assert.Equal("1", await s.Page.Locator("[data-facet=role] [data-count-for=actor]").TextContentAsync());
        Assert.Equal(0, await s.Page.Locator(TurkeyMarker).CountAsync());

        await actor.CheckAsync();
        Assert.Equal("8 events shown · 6 places", await s.CountTextAsync());
        Assert.Equal(1, await s.Page.Locator(TurkeyMarker).CountAsync());
        Assert.Equal("actor", await s.Page.Locator(TurkeyMarker).GetAttributeAsync("data-role"));
        Assert.Equal("1", await s.Page.Locator("[data-facet=country] [data-count-for=TR]").TextContentAsync());

        // Countries filter in the browser too: Iraq off leaves Mosul out.
        await s.Page.Locator("[data-facet=country] input[value=IQ]").UncheckAsync();
        Assert.Equal("7 events shown · 5 places", await s.CountTextAsync());
        await s.ScreenshotAsync("filters-actor.png");

        // The text search goes to the server as q (when the API knows q, only matching articles remain).
        var request = s.Page.WaitForRequestAsync(r => r.Url.Contains("/api/events", StringComparison.Ordinal) && r.Url.Contains("q=Mosul", StringComparison.Ordinal));
        await s.Page.Locator("[data-role=search]").FillAsync("Mosul");
        await request;
        await s.WaitUntilReadyAsync();
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_slider_moves_by_keyboard_and_a_drag_on_the_histogram_selects_a_range()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        var from = s.Page.Locator("[role=slider][data-thumb=from]");
        var to = s.Page.Locator("[role=slider][data-thumb=to]");
        await to.FocusAsync();
        await s.Page.Keyboard.PressAsync("Home");
        Assert.Equal("12 January 2017", await to.GetAttributeAsync("aria-valuetext"));
        await s.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("13 Jan 2017", await s.Page.Locator("[data-role=to-label]").TextContentAsync());
        await s.Page.Keyboard.PressAsync("End");
        await from.FocusAsync();
        await s.Page.Keyboard.PressAsync("End");
        Assert.Equal("17 March 2017", await from.GetAttributeAsync("aria-valuetext"));
        await s.Page.Keyboard.PressAsync("Home");

        // One day per bar over these nine weeks; drag from the start of March to the end.
        Assert.Equal("per day", await s.Page.Locator("[data-role=histogram-bin]").TextContentAsync());
        var box = (await s.Page.Locator("[data-role=histogram-svg]").BoundingBoxAsync())!;
        var first = new DateOnly(2017, 1, 12);
        double X(DateOnly d) => box.X + box.Width * (d.DayNumber - first.DayNumber) / 64.0;
        await s.Page.Mouse.MoveAsync((float)X(new DateOnly(2017, 3, 1)), box.Y + box.Height / 2);
        await s.Page.Mouse.DownAsync();
        await s.Page.Mouse.MoveAsync((float)X(new DateOnly(2017, 3, 10)), box.Y + box.Height / 2, new() { Steps = 5 });
        await s.Page.Mouse.MoveAsync((float)X(new DateOnly(2017, 3, 17)), box.Y + box.Height / 2, new() { Steps = 5 });
        await s.Page.Mouse.UpAsync();
        Assert.Equal("1 March 2017", await from.GetAttributeAsync("aria-valuetext"));
        Assert.Equal("17 March 2017", await to.GetAttributeAsync("aria-valuetext"));
        // March: Raqqa and Deir ez-Zor (17th), Aleppo Governorate (the month), and the undated Raqqa report.
        Assert.Equal("4 events shown · 3 places", await s.CountTextAsync());
        Assert.True(await s.Page.Locator(".histogram-bar.is-selected").CountAsync() >= 17);
        await s.ScreenshotAsync("histogram-drag.png");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task Play_steps_a_window_through_the_dates()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.Page.Locator("[data-role=play-window]").SelectOptionAsync("7");
        await s.Page.Locator("[data-role=play-speed]").SelectOptionAsync("4");
        var from = s.Page.Locator("[role=slider][data-thumb=from]");
        var to = s.Page.Locator("[role=slider][data-thumb=to]");
        await s.Page.Locator("[data-role=play]").ClickAsync();
        Assert.Equal("true", await s.Page.Locator("[data-role=play]").GetAttributeAsync("aria-pressed"));
        Assert.Equal(6, await WindowDaysAsync(s));
        await s.Page.WaitForTimeoutAsync(900);
        await s.ScreenshotAsync("play.png");
        Assert.True(Day(await from.GetAttributeAsync("aria-valuenow")) > Day(ToDay(new DateOnly(2017, 1, 12))), "the window moved on");
        // To the end, then it stops by itself.
        await s.Page.WaitForSelectorAsync("[data-role=play][aria-pressed=false]", new() { Timeout = 15_000 });
        Assert.Equal("17 March 2017", await to.GetAttributeAsync("aria-valuetext"));
        Assert.Equal(6, await WindowDaysAsync(s));
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_list_shows_what_is_in_view_and_leads_to_the_marker()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        var items = s.Page.Locator("[data-role=event-list-items] .event-item");
        Assert.Equal(7, await items.CountAsync());
        Assert.Equal("Battle for Raqqa <script>alert(1)</script>", await items.First.Locator(".event-item-title").TextContentAsync());
        Assert.Equal("A report without a date", await items.Last.Locator(".event-item-title").TextContentAsync());

        var mosul = items.Filter(new() { HasText = "Mosul, IQ" });
        await mosul.HoverAsync();
        Assert.Equal(1, await s.Page.Locator($".is-highlighted .place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']").CountAsync());
        await s.ScreenshotAsync("list-hover.png");

        await mosul.ClickAsync();
        var popup = s.Page.Locator(".leaflet-popup .place-popup");
        await popup.WaitForAsync();
        Assert.Equal("Mosul", await popup.Locator(".popup-place").TextContentAsync());

        // A view away from every place empties the list.
        await s.Page.GotoAsync("/?lat=-40&lon=-120&zoom=6");
        await s.WaitUntilReadyAsync();
        Assert.Equal(0, await items.CountAsync());
        Assert.StartsWith("No reports in view", await s.Page.Locator("[data-role=event-list-summary]").TextContentAsync(), StringComparison.Ordinal);
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_address_brings_the_same_view_back()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.Page.Locator("[data-facet=role] input[value=actor]").CheckAsync();
        await s.Page.Locator("[data-role=undated-toggle]").UncheckAsync();
        await s.Page.Locator("[role=slider][data-thumb=from]").FocusAsync();
        await s.Page.Keyboard.PressAsync("PageUp");
        await s.Page.Locator(".leaflet-control-layers-overlays input").Nth(1).CheckAsync();
        var expected = await s.CountTextAsync();
        await s.Page.WaitForFunctionAsync("() => location.search.includes('from=2017-02-11')");
        var address = s.Page.Url;
        Assert.Contains("role=event%2Cdateline%2Cactor", address, StringComparison.Ordinal);
        Assert.Contains("undated=0", address, StringComparison.Ordinal);
        Assert.Contains("layers=markers%2Cheat", address, StringComparison.Ordinal);

        await s.Page.ReloadAsync();
        await s.WaitUntilReadyAsync();
        Assert.Equal(expected, await s.CountTextAsync());
        Assert.Equal("11 February 2017", await s.Page.Locator("[role=slider][data-thumb=from]").GetAttributeAsync("aria-valuetext"));
        Assert.True(await s.Page.Locator("[data-facet=role] input[value=actor]").IsCheckedAsync());
        Assert.False(await s.Page.Locator("[data-role=undated-toggle]").IsCheckedAsync());
        Assert.Equal(1, await s.Page.Locator(".leaflet-heatmap-layer").CountAsync());
        await s.ScreenshotAsync("permalink-reload.png");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task On_a_phone_the_panels_fold_away_and_open_on_demand()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress, 390, 844);
        await s.GotoDashboardAsync();
        var panel = s.Page.Locator("[data-role=side-panel]");
        Assert.False(await panel.IsVisibleAsync());
        Assert.True(await s.Page.Locator(".leaflet-marker-pane .place-marker, .leaflet-marker-pane .place-cluster").CountAsync() > 0);
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        await s.Page.WaitForTimeoutAsync(400); // cluster animations
        await s.ScreenshotAsync("phone.png");

        var toggle = s.Page.Locator("[data-role=panel-toggle]");
        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await panel.IsVisibleAsync());
        await s.ScreenshotAsync("phone-panel.png");
        await s.Page.Locator("[data-role=event-list-items] .event-item").First.ClickAsync();
        Assert.False(await panel.IsVisibleAsync());
        await s.Page.Locator(".leaflet-popup .place-popup").WaitForAsync();
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_article_page_maps_its_places_and_lists_the_names_it_could_not_place()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        var id = await s.Page.EvaluateAsync<long>(
            "async () => (await (await fetch('/api/events')).json()).features.find(f => f.properties.title === 'Air strikes hit Raqqa').properties.articleId");
        await s.Page.GotoAsync($"/articles/{id}");
        await s.Page.WaitForSelectorAsync("[data-article-map][data-state=ready]", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(1, await s.Page.Locator("[data-article-map] path.leaflet-interactive").CountAsync());
        Assert.Equal("Raqqa", await s.Page.Locator("[data-article-map] .article-place-label").TextContentAsync());
        Assert.Equal(["Tabqa"], await s.Page.Locator(".unresolved-names a").AllTextContentsAsync());
        await s.ScreenshotAsync("article-map.png", fullPage: true);
        s.AssertNoErrors();
    }

    private static int Day(string? value) => int.Parse(value!, CultureInfo.InvariantCulture);

    private static string ToDay(DateOnly date) =>
        (date.DayNumber - new DateOnly(1970, 1, 1).DayNumber).ToString(CultureInfo.InvariantCulture);

    // Both handles read in one step: read one by one, a play step can fall between the two reads.
    private static Task<int> WindowDaysAsync(BrowserSession s) => s.Page.EvaluateAsync<int>("""
        () => {
          const value = (thumb) => Number(document.querySelector(`[role=slider][data-thumb=${thumb}]`).getAttribute('aria-valuenow'));
          return value('to') - value('from');
        }
        """);
}
