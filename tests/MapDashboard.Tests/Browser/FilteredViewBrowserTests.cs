using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// What the filters narrow, the markers, the list and the downloads follow: text search and the source filter
/// answered by the server, and the export links carrying the current filter.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FilteredViewBrowserTests(WorkflowAppFactory app) : IClassFixture<WorkflowAppFactory>
{
    private const string AllShown = "8 events shown · 5 places";
    private const string Markers = ".leaflet-marker-pane .place-marker";
    private static readonly string MosulMarker = $".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']";

    [ChromiumFact]
    public async Task Text_search_narrows_the_markers_and_the_list()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        Assert.Equal(AllShown, await s.CountTextAsync());
        var items = s.Page.Locator("[data-role=event-list-items] .event-item");
        Assert.Equal(8, await items.CountAsync());

        // "offensive": the Mosul report (Mosul and Syria) and Ankara's warning (an actor, hidden by default).
        await SearchAsync(s, "offensive");
        Assert.Equal("2 events shown · 2 places", await s.CountTextAsync());
        Assert.Equal(2, await s.Page.Locator(Markers).CountAsync());
        Assert.Equal(["Mosul offensive resumes", "Mosul offensive resumes"], await s.Page.Locator("[data-role=event-list-items] .event-item-title").AllTextContentsAsync());
        Assert.Equal("1", await s.Page.Locator(MosulMarker).GetAttributeAsync("data-count"));
        await s.ScreenshotAsync("search-offensive.png");

        // A phrase that matches nothing empties the map and says so.
        await SearchAsync(s, "\"no such words anywhere\"");
        Assert.Equal("0 events shown · 0 places", await s.CountTextAsync());
        Assert.Equal(0, await s.Page.Locator(Markers).CountAsync());
        Assert.StartsWith("No reports in view", await s.Page.Locator("[data-role=event-list-summary]").TextContentAsync(), StringComparison.Ordinal);

        await s.Page.Locator("[data-role=filters-reset]").ClickAsync();
        await s.WaitUntilReadyAsync();
        await s.Page.WaitForFunctionAsync("() => document.querySelector('[data-dashboard]').dataset.shownEvents === '8'");
        Assert.Equal(AllShown, await s.CountTextAsync());
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_source_filter_narrows_the_markers_and_the_list()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        var testWire = s.Page.Locator("[data-facet=source] input[value='Test wire']");
        var agence = s.Page.Locator($"[data-facet=source] input[value='{WorkflowAppFactory.OtherSource}']");
        Assert.Equal("2", await s.Page.Locator(MosulMarker).GetAttributeAsync("data-count"));
        var agenceCount = s.Page.Locator($"[data-facet=source] [data-count-for='{WorkflowAppFactory.OtherSource}']");
        var testWireCount = s.Page.Locator("[data-facet=source] [data-count-for='Test wire']");
        await Assertions.Expect(agenceCount).ToHaveTextAsync("1");
        await Assertions.Expect(testWireCount).ToHaveTextAsync("7");

        await ReloadAfterAsync(s, () => testWire.UncheckAsync());
        // An unticked source still says what it would add.
        await Assertions.Expect(testWireCount).ToHaveTextAsync("7");
        Assert.Equal("1 event shown · 1 place", await s.CountTextAsync());
        Assert.Equal(1, await s.Page.Locator(Markers).CountAsync());
        Assert.Equal("1", await s.Page.Locator(MosulMarker).GetAttributeAsync("data-count"));
        Assert.Equal(["Kurdish forces take a village near Mosul"], await s.Page.Locator("[data-role=event-list-items] .event-item-title").AllTextContentsAsync());
        await s.Page.WaitForFunctionAsync("() => location.search.includes('source=Agence+Test')");
        await s.ScreenshotAsync("source-filter.png");

        await ReloadAfterAsync(s, async () =>
        {
            await testWire.CheckAsync();
            await agence.UncheckAsync();
        });
        Assert.Equal("7 events shown · 5 places", await s.CountTextAsync());
        Assert.Equal(0, await s.Page.Locator("[data-role=event-list-items] .event-item-title", new() { HasText = "Kurdish" }).CountAsync());
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_export_links_download_what_the_map_shows()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        // Actors on, dates from 11 February (one month on from the first day), undated off.
        await s.Page.Locator("[data-facet=role] input[value=actor]").CheckAsync();
        await s.Page.Locator("[role=slider][data-thumb=from]").FocusAsync();
        await s.Page.Keyboard.PressAsync("PageUp");
        await s.Page.Locator("[data-role=undated-toggle]").UncheckAsync();
        var shown = int.Parse((await s.Page.Locator("[data-dashboard]").GetAttributeAsync("data-shown-events"))!, System.Globalization.CultureInfo.InvariantCulture);
        // 27 Feb Mosul and Syria, 17 Mar Raqqa and Deir ez-Zor, March Aleppo Governorate.
        Assert.Equal(5, shown);

        var csvLink = s.Page.Locator("[data-role=export-csv]");
        Assert.Equal("Export CSV", await csvLink.TextContentAsync());
        var href = await csvLink.GetAttributeAsync("href");
        Assert.Equal("/api/events.csv?from=2017-02-11&undated=false&role=event%2Cdateline%2Cactor", href?.Split("&to=")[0] + "&" + href?.Split("&to=")[1].Split('&', 2)[1]);
        await s.ScreenshotAsync("export-links.png");

        var csv = await DownloadAsync(s, csvLink);
        Assert.StartsWith("\uFEFF", csv, StringComparison.Ordinal);
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(shown, rows.Length - 1);

        var geojson = await DownloadAsync(s, s.Page.Locator("[data-role=export-geojson]"));
        using var doc = JsonDocument.Parse(geojson);
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(shown, features.GetArrayLength());
        Assert.DoesNotContain(features.EnumerateArray(), f => f.GetProperty("properties").GetProperty("title").GetString() == "Air strikes hit Raqqa");
        s.AssertNoErrors();
    }

    private static async Task<string> DownloadAsync(BrowserSession s, ILocator link)
    {
        var download = await s.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Null(await download.FailureAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        return new UTF8Encoding(false).GetString(bytes);
    }

    private static async Task SearchAsync(BrowserSession s, string text) =>
        await ReloadAfterAsync(s, async () =>
        {
            await s.Page.Locator("[data-role=search]").FillAsync(text);
            await s.Page.Locator("[data-role=search]").PressAsync("Enter");
        });

    /// <summary>Does what sends a new query, and waits for its events to be drawn.</summary>
    private static async Task ReloadAfterAsync(BrowserSession s, Func<Task> action)
    {
        var response = s.Page.WaitForResponseAsync(r => r.Url.Contains("/api/events?", StringComparison.Ordinal));
        await action();
        await response;
        await s.WaitUntilReadyAsync();
        await s.Page.WaitForTimeoutAsync(100);
    }
}
