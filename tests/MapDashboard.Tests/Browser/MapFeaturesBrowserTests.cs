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
    private const string AllShown = "4 reports dated · 5 places";
    private static readonly string TurkeyMarker = $".place-marker[data-place-id='{BrowserAppFactory.TurkeyCountry}']";

    [ChromiumFact]
    public async Task Actors_are_one_tick_away_and_counts_follow()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.ExpectCountAsync(AllShown);
        var actor = s.Page.Locator("[data-facet=role] input[value=actor]");
        Assert.False(await actor.IsCheckedAsync());
        await Assertions.Expect(s.Page.Locator("[data-facet=role] [data-count-for=actor]")).ToHaveTextAsync("1");
        Assert.Equal(0, await s.Page.Locator(TurkeyMarker).CountAsync());

        await actor.CheckAsync();
        await s.ExpectCountAsync("5 reports dated · 6 places");
        await Assertions.Expect(s.Page.Locator(TurkeyMarker)).ToHaveCountAsync(1);
        Assert.Equal("actor", await s.Page.Locator(TurkeyMarker).GetAttributeAsync("data-role"));
        await Assertions.Expect(s.Page.Locator("[data-facet=country] [data-count-for=TR]")).ToHaveTextAsync("1");

        // Iraq off takes Mosul off the map; its report stays, for what it says of Syria.
        await s.Page.Locator("[data-facet=country] input[value=IQ]").UncheckAsync();
        await s.ExpectCountAsync("5 reports dated · 5 places");
        await Assertions.Expect(s.Page.Locator($".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']")).ToHaveCountAsync(0);
        await s.ScreenshotAsync("filters-actor.png");

        // The text search runs on the server once typing pauses: only the reports whose words match remain.
        await s.Page.Locator("[data-role=search]").FillAsync("Raqqa");
        await s.ExpectCountAsync("2 reports dated · 2 places");
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync(["Battle for Raqqa <script>alert(1)</script>", "Air strikes hit Raqqa"]);
        Assert.Contains("q=Raqqa", s.Page.Url, StringComparison.Ordinal);
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
        await s.ExpectCountAsync("1 report dated · 1 place");
        await s.Page.Keyboard.PressAsync("End");
        await from.FocusAsync();
        await s.Page.Keyboard.PressAsync("End");
        // The axis runs to the end of the month of the report dated "March 2017".
        Assert.Equal("31 March 2017", await from.GetAttributeAsync("aria-valuetext"));
        await s.Page.Keyboard.PressAsync("Home");
        await s.ExpectCountAsync(AllShown);

        // One day per bar over these eleven weeks; drag from the start of March to the 17th.
        Assert.Equal("per day", await s.Page.Locator("[data-role=histogram-bin]").TextContentAsync());
        var box = (await s.Page.Locator("[data-role=histogram-svg]").BoundingBoxAsync())!;
        var first = new DateOnly(2017, 1, 12);
        var days = new DateOnly(2017, 3, 31).DayNumber - first.DayNumber + 1;
        double X(DateOnly d) => box.X + box.Width * (d.DayNumber - first.DayNumber + 0.5) / days;
        await s.Page.Mouse.MoveAsync((float)X(new DateOnly(2017, 3, 1)), box.Y + box.Height / 2);
        await s.Page.Mouse.DownAsync();
        await s.Page.Mouse.MoveAsync((float)X(new DateOnly(2017, 3, 10)), box.Y + box.Height / 2, new() { Steps = 5 });
        await s.Page.Mouse.MoveAsync((float)X(new DateOnly(2017, 3, 17)), box.Y + box.Height / 2, new() { Steps = 5 });
        await s.Page.Mouse.UpAsync();
        Assert.Equal("1 March 2017", await from.GetAttributeAsync("aria-valuetext"));
        Assert.Equal("17 March 2017", await to.GetAttributeAsync("aria-valuetext"));
        // 1–17 March: the battle for Raqqa (Raqqa, Deir ez-Zor) and the clashes in Aleppo Governorate (March).
        await s.ExpectCountAsync("2 reports dated · 3 places");
        await Assertions.Expect(s.Page.Locator(".histogram-bar.is-selected")).ToHaveCountAsync(2);
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
        await Assertions.Expect(s.Page.Locator("[data-role=play]")).ToHaveAttributeAsync("aria-pressed", "true");
        await s.Page.WaitForFunctionAsync("() => Number(document.querySelector('[role=slider][data-thumb=from]').getAttribute('aria-valuenow')) > " + ToDay(new DateOnly(2017, 1, 12)));
        Assert.Equal(6, await WindowDaysAsync(s));
        await s.ScreenshotAsync("play.png");
        // To the end, then it stops by itself.
        await s.Page.WaitForSelectorAsync("[data-role=play][aria-pressed=false]", new() { Timeout = 20_000 });
        Assert.Equal("31 March 2017", await to.GetAttributeAsync("aria-valuetext"));
        Assert.Equal(6, await WindowDaysAsync(s));
        // The last window (25–31 March) holds only the month-dated clashes.
        await s.ExpectCountAsync("1 report dated · 1 place");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_list_shows_what_is_in_view_and_leads_to_the_marker()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        // Newest first; the undated report has its own tab.
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync([
            "Battle for Raqqa <script>alert(1)</script>", "Clashes across the province", "Mosul offensive resumes", "Air strikes hit Raqqa"]);
        await Assertions.Expect(s.Page.Locator("[data-role=event-list-summary]")).ToHaveTextAsync("4 reports in view, newest first.");
        await s.Page.Locator("[data-role=list-undated]").ClickAsync();
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync(["A report without a date"]);
        await s.Page.Locator("[data-role=list-dated]").ClickAsync();
        await Assertions.Expect(s.ListTitles).ToHaveCountAsync(4);

        var mosul = s.Page.Locator("[data-role=event-list-items] .event-item", new() { HasText = "Mosul offensive" });
        await mosul.HoverAsync();
        await Assertions.Expect(s.Page.Locator($".is-highlighted .place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']")).ToHaveCountAsync(1);
        await s.ScreenshotAsync("list-hover.png");

        await mosul.ClickAsync();
        var popup = s.Page.Locator(".leaflet-popup .place-popup");
        await popup.WaitForAsync();
        Assert.Equal("Mosul", await popup.Locator(".popup-place").TextContentAsync());

        // A view away from every place empties the list.
        await s.Page.GotoAsync("/?lat=-40&lon=-120&zoom=6");
        await s.WaitUntilReadyAsync();
        await Assertions.Expect(s.ListTitles).ToHaveCountAsync(0);
        await Assertions.Expect(s.Page.Locator("[data-role=event-list-summary]")).ToHaveTextAsync("No reports in view: 4 reports elsewhere. Zoom out to see them.");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_address_brings_the_same_view_back()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.Page.Locator("[data-facet=role] input[value=actor]").CheckAsync();
        await s.ExpectCountAsync("5 reports dated · 6 places");
        await s.Page.Locator("[data-role=undated-toggle]").UncheckAsync();
        await Assertions.Expect(s.UndatedMarkers).ToHaveCountAsync(0);
        await s.Page.Locator("[role=slider][data-thumb=from]").FocusAsync();
        await s.Page.Keyboard.PressAsync("PageUp");
        // From 11 February: Mosul (27 Feb), the battle for Raqqa (17 Mar), the clashes (March).
        await s.ExpectCountAsync("3 reports dated · 5 places");
        await s.Page.Locator(".leaflet-control-layers-overlays label", new() { HasText = "Heat map" }).Locator("input").CheckAsync();
        await s.Page.WaitForFunctionAsync("() => location.search.includes('from=2017-02-11') && location.search.includes('layers=')");
        var address = s.Page.Url;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(address).Query);
        Assert.Equal("event,dateline,actor", query["role"]);
        Assert.Equal("0", query["undated"]);
        Assert.Equal("markers,heat", query["layers"]);

        await s.Page.ReloadAsync();
        await s.WaitUntilReadyAsync();
        await s.ExpectCountAsync("3 reports dated · 5 places");
        Assert.Equal("11 February 2017", await s.Page.Locator("[role=slider][data-thumb=from]").GetAttributeAsync("aria-valuetext"));
        Assert.True(await s.Page.Locator("[data-facet=role] input[value=actor]").IsCheckedAsync());
        Assert.False(await s.Page.Locator("[data-role=undated-toggle]").IsCheckedAsync());
        Assert.Equal(1, await s.Page.Locator(".leaflet-heatmap-layer").CountAsync());
        Assert.Equal(address, s.Page.Url);
        await s.ScreenshotAsync("permalink-reload.png");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task A_zoom_or_a_pan_asks_the_server_once_for_the_view_it_lands_on()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        // Counts the map's view reports on the circuit (as the browser bench does): the page asks for the view a
        // zoom or a pan lands on when its animation starts (asking after it made the user wait for both), and must
        // not ask again when it has landed there.
        await s.Page.AddInitScriptAsync("""
            (() => {
              window.__views = 0;
              window.__animating = 0;
              const send = WebSocket.prototype.send;
              WebSocket.prototype.send = function (data) {
                const text = typeof data === 'string' ? data : new TextDecoder('latin1').decode(data);
                if (text.includes('OnViewChanged')) {
                  window.__views++;
                  if (document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')) window.__animating++;
                }
                return send.call(this, data);
              };
            })();
            """);
        // Raqqa in the middle: at zoom 7 Mosul, 4° east, is in view; at zoom 8 it is not.
        await s.GotoDashboardAsync("/?lat=35.95&lon=39.01&zoom=7");
        await Assertions.Expect(s.Page.Locator($".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']")).ToHaveCountAsync(1);

        await LandAsync(s, () => s.Page.Locator(".leaflet-control-zoom-in").ClickAsync(), "8");
        await Assertions.Expect(s.Page.Locator($".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']")).ToHaveCountAsync(0);
        await s.ScreenshotAsync("zoomed-in.png");
        await ExpectSameAsReloadedAsync(s);

        await s.Page.Locator("[data-role=map]").FocusAsync();
        await LandAsync(s, () => s.Page.Keyboard.PressAsync("ArrowLeft"), "8");
        // Back where it was: the map pane stands at 0,0 again (Leaflet then reports the centre it was given).
        await LandAsync(s, () => s.Page.Keyboard.PressAsync("ArrowRight"), "8");
        await ExpectSameAsReloadedAsync(s);
        s.AssertNoErrors();
    }

    /// <summary>
    /// Does the input, waits until its animation is over and the address has the zoom, then checks the server was
    /// asked once, while the map was still moving, for the view it landed on (the address is written from what
    /// was drawn).
    /// </summary>
    private static async Task LandAsync(BrowserSession s, Func<Task> input, string zoom)
    {
        var address = s.Page.Url;
        var draws = await s.Page.Locator("[data-dashboard]").GetAttributeAsync("data-draws");
        await s.Page.EvaluateAsync("() => { window.__views = 0; window.__animating = 0; }");
        await input();
        await s.Page.WaitForFunctionAsync(
            "([n, address]) => document.querySelector('[data-dashboard]').dataset.draws !== n && location.href !== address && !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')",
            new[] { draws, address });
        await s.Page.WaitForTimeoutAsync(500); // a second ask would come at the animation's end
        Assert.Equal(zoom, await s.Page.EvaluateAsync<string>("() => new URLSearchParams(location.search).get('zoom')"));
        var asked = await s.Page.EvaluateAsync<int[]>("() => [window.__views, window.__animating]");
        Assert.Equal([1, 1], asked);
    }

    /// <summary>The markers, the counts and the list are those that opening the page's address anew shows.</summary>
    private static async Task ExpectSameAsReloadedAsync(BrowserSession s)
    {
        const string Shown = """
            () => ({
              markers: [...document.querySelectorAll('.leaflet-marker-pane [data-count]')]
                .map((e) => `${e.dataset.placeId ?? e.dataset.places}:${e.dataset.count}`).sort().join(' '),
              count: document.querySelector('[data-role=event-count]').textContent,
              list: document.querySelector('[data-role=event-list-summary]').textContent,
              titles: [...document.querySelectorAll('[data-role=event-list-items] .event-item-title')].map((e) => e.textContent).join(' | '),
            })
            """;
        await Assertions.Expect(s.Page.Locator("[data-role=event-list-summary]")).Not.ToBeEmptyAsync();
        var after = await s.Page.EvaluateAsync<Dictionary<string, string>>(Shown);
        await s.GotoDashboardAsync(new Uri(s.Page.Url).PathAndQuery);
        await Assertions.Expect(s.Page.Locator("[data-role=event-list-summary]")).ToHaveTextAsync(after["list"]);
        Assert.Equal(after, await s.Page.EvaluateAsync<Dictionary<string, string>>(Shown));
    }

    [ChromiumFact]
    public async Task On_a_phone_the_panels_fold_away_and_open_on_demand()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress, 390, 844);
        await s.GotoDashboardAsync();
        var panel = s.Page.Locator("[data-role=side-panel]");
        Assert.False(await panel.IsVisibleAsync());
        // The first view fits every report, even on a narrow screen.
        await Assertions.Expect(s.DatedMarkers.Or(s.Page.Locator(".leaflet-marker-pane .place-cluster"))).Not.ToHaveCountAsync(0);
        await Assertions.Expect(s.Page.Locator($".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}'], .place-cluster")).Not.ToHaveCountAsync(0);
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "no sideways scrolling");
        await s.Page.WaitForTimeoutAsync(400); // cluster animations
        await s.ScreenshotAsync("phone.png");

        var toggle = s.Page.Locator("[data-role=panel-toggle]");
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await s.ScreenshotAsync("phone-panel.png");
        await s.Page.Locator("[data-role=event-list-items] .event-item").First.ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await s.Page.Locator(".leaflet-popup .place-popup").WaitForAsync();
        await s.WaitForPopupToSettleAsync();
        // The popup fits the phone's screen, its close button in reach, no control over it.
        var popup = (await s.Page.Locator(".leaflet-popup").BoundingBoxAsync())!;
        Assert.True(popup.X >= 0 && popup.X + popup.Width <= 390, $"popup spans {popup.X:0}–{popup.X + popup.Width:0} px");
        await Assertions.Expect(s.Page.Locator(".leaflet-popup-close-button")).ToBeInViewportAsync();
        await Assertions.Expect(s.Page.Locator(".leaflet-control-layers")).ToBeHiddenAsync();
        await Assertions.Expect(s.Page.Locator("[data-role=panel-toggle]")).ToBeHiddenAsync();
        await s.ScreenshotAsync("phone-popup.png");
        await s.Page.Locator(".leaflet-popup-close-button").ClickAsync();
        await Assertions.Expect(s.Page.Locator(".leaflet-control-layers")).ToBeVisibleAsync();
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_timeline_zooms_to_a_short_range_and_back()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync("/?from=2017-03-16&to=2017-03-18");
        var thumbs = s.Page.Locator("[role=slider]");
        var before = await ThumbGapAsync(s);

        await s.Page.Locator("[data-role=zoom-to-range]").ClickAsync();

        await Assertions.Expect(s.Page.Locator("[data-role=zoom-reset]")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("axis=2017-03-1"));
        Assert.Contains("from=2017-03-16&to=2017-03-18", s.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(s.Page.Locator("[data-role=histogram-bin]")).ToHaveTextAsync("per day");
        // The 3-day window is no longer a sliver: the handles stand apart.
        var after = await ThumbGapAsync(s);
        Assert.True(after > 4 * before && after > 100, $"handles {before:0} px apart before, {after:0} px after");
        await Assertions.Expect(s.Page.Locator("[data-role=histogram] .histogram-bar.is-selected")).ToHaveCountAsync(1);
        // Battle for Raqqa (17 March) and the March-dated clashes.
        await s.ExpectCountAsync("2 reports dated · 3 places");
        await s.ScreenshotAsync("timeline-zoomed.png");

        // Reloading the address keeps the zoom; "Whole span" undoes it and keeps the range.
        await s.GotoDashboardAsync(new Uri(s.Page.Url).PathAndQuery);
        await Assertions.Expect(s.Page.Locator("[data-role=zoom-reset]")).ToBeVisibleAsync();
        await s.Page.Locator("[data-role=zoom-reset]").ClickAsync();
        await Assertions.Expect(s.Page.Locator("[data-role=zoom-reset]")).ToHaveCountAsync(0);
        Assert.True(await ThumbGapAsync(s) < after / 4);
        await s.ExpectCountAsync("2 reports dated · 3 places");
        Assert.Equal(2, await thumbs.CountAsync());
        s.AssertNoErrors();
    }

    private static Task<double> ThumbGapAsync(BrowserSession s) => s.Page.EvaluateAsync<double>("""
        () => document.querySelector('[data-thumb=to]').getBoundingClientRect().left - document.querySelector('[data-thumb=from]').getBoundingClientRect().left
        """);

    [ChromiumFact]
    public async Task On_a_phone_the_date_handles_are_44_px_touch_targets()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress, 390, 844);
        await s.GotoDashboardAsync();
        // 20 px right of the visible dot's centre is still the handle.
        var misses = await s.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[role=slider]')].flatMap((thumb) => {
              const r = thumb.getBoundingClientRect();
              const x = r.left + r.width / 2, y = r.top + r.height / 2;
              return [[20, 0], [-20, 0], [0, 20], [0, -20]]
                .map(([dx, dy]) => [dx, dy, document.elementFromPoint(x + dx, y + dy)])
                .filter(([, , hit]) => hit !== thumb)
                .map(([dx, dy, hit]) => `${thumb.dataset.thumb} ${dx},${dy}: ${hit?.className}`);
            })
            """);
        Assert.True(misses.Length == 0, "each handle answers a touch 20 px from its centre: " + string.Join("; ", misses));
    }

    [ChromiumFact]
    public async Task No_label_or_legend_covers_a_marker_or_another_label()
    {
        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            await using var s = await BrowserSession.OpenAsync(app.BaseAddress, width, height);
            await s.GotoDashboardAsync("/?lat=35.6&lon=39.5&zoom=7");
            await Assertions.Expect(s.DatedMarkers).Not.ToHaveCountAsync(0);
            await s.Page.WaitForTimeoutAsync(400); // labels settle after the markers
            var overlaps = await s.Page.EvaluateAsync<string[]>("""
                () => {
                  const boxes = (selector) => [...document.querySelectorAll(selector)]
                    .filter((e) => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden' && getComputedStyle(e).opacity !== '0')
                    .map((e) => ({ name: e.textContent.trim() || e.className, r: e.getBoundingClientRect() }));
                  const hit = (a, b) => a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1;
                  const markers = boxes('.leaflet-marker-pane .place-marker, .leaflet-marker-pane .place-cluster');
                  const labels = boxes('.leaflet-tooltip-pane .place-label, .city-label');
                  const legend = boxes('.map-legend');
                  const found = [];
                  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => { if (hit(a, b)) found.push(`label ${a.name} / label ${b.name}`); }));
                  for (const l of [...labels, ...legend]) for (const m of markers) if (hit(l, m)) found.push(`${l.name} over marker ${m.name}`);
                  return found;
                }
                """);
            await s.ScreenshotAsync($"overlaps-{width}.png");
            Assert.True(overlaps.Length == 0, $"{width} px: {string.Join("; ", overlaps)}");
        }
    }

    [ChromiumFact]
    public async Task Keyboard_users_skip_to_each_part_and_reach_places_through_the_list()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await Assertions.Expect(s.DatedMarkers).Not.ToHaveCountAsync(0);
        // Markers are not tab stops: tabbing through them panned the map away.
        Assert.Equal(0, await s.Page.Locator(".leaflet-marker-icon[tabindex='0']").CountAsync());

        // The skip links come right after the header's few links.
        var tabs = await TabUntilAsync(s, "() => document.activeElement?.dataset.skip === 'timeline'");
        Assert.True(tabs <= 8, $"{tabs} Tabs to the timeline's skip link");
        await s.ScreenshotAsync("skip-links.png");
        await s.Page.Keyboard.PressAsync("Enter");
        // The focus moves when the server's answer arrives: wait for it before the next key.
        await Assertions.Expect(s.Page.Locator("section.timeline")).ToBeFocusedAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        Assert.True(await s.Page.EvaluateAsync<bool>("() => document.activeElement.closest('.timeline') !== null"), "Tab goes on inside the timeline");

        await s.Page.Locator("[data-skip=map]").FocusAsync();
        await s.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(s.Page.Locator("[data-role=map]")).ToBeFocusedAsync();

        // The list is the keyboard route to places: skip to it, tab to a report, Enter opens its place's popup.
        await s.Page.Locator("[data-skip=reports]").FocusAsync();
        await s.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(s.Page.Locator("[data-role=event-list]")).ToBeFocusedAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("[data-role=list-dated]")).ToBeFocusedAsync();
        await TabUntilAsync(s, "() => document.activeElement?.classList.contains('event-item')");
        await s.Page.Keyboard.PressAsync("Enter");
        await s.Page.Locator(".leaflet-popup .place-popup").WaitForAsync();

        await s.Page.Locator("[data-skip=filters]").FocusAsync();
        await s.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(s.Page.Locator("[data-role=search]")).ToBeFocusedAsync();
        s.AssertNoErrors();
    }

    /// <summary>Presses Tab until <paramref name="focused"/> holds (at most 40 times); how many presses it took.</summary>
    private static async Task<int> TabUntilAsync(BrowserSession s, string focused)
    {
        for (var tabs = 1; tabs <= 40; tabs++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            if (await s.Page.EvaluateAsync<bool>(focused)) return tabs;
        }
        throw new Xunit.Sdk.XunitException($"not reached in 40 Tabs: {focused}");
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
