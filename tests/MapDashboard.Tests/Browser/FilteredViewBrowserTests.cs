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
    private const string AllShown = "5 reports dated · 5 places";
    private static readonly string MosulMarker = $".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']:not(.is-undated)";

    [ChromiumFact]
    public async Task Text_search_narrows_the_markers_and_the_list()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.ExpectCountAsync(AllShown);
        await Assertions.Expect(s.ListTitles).ToHaveCountAsync(5);

        // "offensive": the Mosul report (Mosul and Syria) and Ankara's warning (an actor, hidden by default).
        await s.Page.Locator("[data-role=search]").FillAsync("offensive");
        await s.ExpectCountAsync("1 report dated · 2 places");
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(2);
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync(["Mosul offensive resumes"]);
        Assert.Equal("1", await s.Page.Locator(MosulMarker).GetAttributeAsync("data-count"));
        await s.ScreenshotAsync("search-offensive.png");

        // A phrase that matches nothing empties the map and says so.
        await s.Page.Locator("[data-role=search]").FillAsync("\"no such words anywhere\"");
        await s.ExpectCountAsync("0 reports dated · 0 places");
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(0);
        await Assertions.Expect(s.Page.Locator("[data-role=event-list-summary]")).ToHaveTextAsync("No report mentions “\"no such words anywhere\"”.");

        await s.Page.Locator("[data-role=filters-reset]").ClickAsync();
        await s.ExpectCountAsync(AllShown);
        await Assertions.Expect(s.Page.Locator("[data-role=search]")).ToHaveValueAsync("");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_source_filter_narrows_the_markers_and_the_list()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        var testWire = s.Page.Locator("[data-facet=source] input[value='Test wire']");
        var agence = s.Page.Locator($"[data-facet=source] input[value='{WorkflowAppFactory.OtherSource}']");
        await Assertions.Expect(s.Page.Locator(MosulMarker)).ToHaveAttributeAsync("data-count", "2");
        var agenceCount = s.Page.Locator($"[data-facet=source] [data-count-for='{WorkflowAppFactory.OtherSource}']");
        var testWireCount = s.Page.Locator("[data-facet=source] [data-count-for='Test wire']");
        await Assertions.Expect(agenceCount).ToHaveTextAsync("1");
        await Assertions.Expect(testWireCount).Not.ToHaveTextAsync("");
        var testWireReports = await testWireCount.TextContentAsync();

        await testWire.UncheckAsync();
        await s.ExpectCountAsync("1 report dated · 1 place");
        // An unticked source still says what it would add.
        await Assertions.Expect(testWireCount).ToHaveTextAsync(testWireReports!);
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(1);
        await Assertions.Expect(s.Page.Locator(MosulMarker)).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync(["Kurdish forces take a village near Mosul"]);
        await s.Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('source') === 'Agence Test'");
        await s.ScreenshotAsync("source-filter.png");

        await testWire.CheckAsync();
        await s.ExpectCountAsync(AllShown);
        await agence.UncheckAsync();
        await s.ExpectCountAsync("4 reports dated · 5 places");
        await Assertions.Expect(s.ListTitles.Filter(new() { HasText = "Kurdish" })).ToHaveCountAsync(0);
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_export_links_download_what_the_map_shows()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        // Actors on, dates from 11 February (one month on from the first day), undated off.
        await s.Page.Locator("[data-facet=role] input[value=actor]").CheckAsync();
        await s.ExpectCountAsync("6 reports dated · 6 places");
        await s.Page.Locator("[role=slider][data-thumb=from]").FocusAsync();
        await s.Page.Keyboard.PressAsync("PageUp");
        await s.Page.Locator("[data-role=undated-toggle]").UncheckAsync();
        // 27 Feb Mosul and Syria, 17 Mar Raqqa and Deir ez-Zor, March Aleppo Governorate: five mentions in three reports.
        await s.ExpectCountAsync("3 reports dated · 5 places");
        const int shown = 5;

        var csvLink = s.Page.Locator("[data-role=export-csv]");
        Assert.Equal("Export CSV", await csvLink.TextContentAsync());
        await Assertions.Expect(csvLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("undated=false"));
        var href = new Uri(app.BaseAddress, await csvLink.GetAttributeAsync("href"));
        Assert.Equal("/api/events.csv", href.AbsolutePath);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(href.Query);
        Assert.Equal("2017-02-11", query["from"]);
        Assert.Equal("false", query["undated"]);
        Assert.Equal("event,dateline,actor", query["role"]);
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
}
