using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The import page as a user drives it: pasted text and files, one of them not UTF-8 and one over the limit;
/// every file gets its line, the bad ones say why, and the good ones' reports reach the map and the list.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ImportBrowserTests(ImportAppFactory app) : IClassFixture<ImportAppFactory>
{
    private const string PalmyraReport = "Fighting around Palmyra\n\nOn 5 March 2017 government forces retook Palmyra, Syria, from the militants.";
    private const string HomsReport = "Shelling in Homs\n\nOn 8 March 2017 shelling hit Homs, Syria.";

    [ChromiumFact]
    public async Task Files_and_pasted_text_go_in_one_by_one_and_the_bad_ones_say_why()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.Page.GotoAsync("/import");
        Assert.Equal("Import articles", await s.Page.Locator("h1").TextContentAsync());
        Assert.Contains("up to 2 KB per file", await s.Page.Locator(".import-page p").First.TextContentAsync(), StringComparison.Ordinal);
        await s.Page.Locator("textarea[name='Form.Text']").FillAsync(HomsReport);
        await s.Page.Locator("input[name='Form.Name']").FillAsync("homs");
        await s.Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload[]
        {
            new() { Name = "palmyra.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(PalmyraReport) },
            new() { Name = "latin1.txt", MimeType = "text/plain", Buffer = [.. "Caf"u8, 0xE9, .. " in Aleppo"u8] },
            new() { Name = "big.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(new string('x', WorkflowAppFactory.MaxFileBytes + 1000)) },
        });
        await s.Page.Locator("button[type=submit]").ClickAsync();
        await s.Page.WaitForSelectorAsync("[data-role=import-results][data-done=true]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        var lines = s.Page.Locator("[data-role=import-results] li");
        Assert.Equal(4, await lines.CountAsync());
        Assert.Matches(@"^homs\.txt: 1 article · [1-9]\d* events? · ", await lines.Nth(0).TextContentAsync());
        Assert.Matches(@"^palmyra\.txt: 1 article · [1-9]\d* events? · ", await lines.Nth(1).TextContentAsync());
        Assert.Equal("latin1.txt: not imported: cannot read latin1.txt: it is not UTF-8 text", await lines.Nth(2).TextContentAsync());
        Assert.Equal("import-failed", await lines.Nth(2).GetAttributeAsync("class"));
        Assert.StartsWith("big.txt: not imported: big.txt is 3 KB, over the 2 KB limit per file", await lines.Nth(3).TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("import-failed", await lines.Nth(3).GetAttributeAsync("class"));
        await s.ScreenshotAsync("import-results.png", fullPage: true);

        // The same text again: said so, nothing added.
        await s.Page.ReloadAsync();
        await s.Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "palmyra-again.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(PalmyraReport) });
        await s.Page.Locator("button[type=submit]").ClickAsync();
        await s.Page.WaitForSelectorAsync("[data-role=import-results][data-done=true]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        Assert.Matches("^palmyra-again.txt: (already imported|1 article · 0 events)", await lines.Nth(0).TextContentAsync());

        // On the map: the new reports are in the list and their places have markers.
        await s.GotoDashboardAsync();
        var titles = await s.Page.Locator("[data-role=event-list-items] .event-item-title").AllTextContentsAsync();
        Assert.Contains("Fighting around Palmyra", titles);
        Assert.Contains("Shelling in Homs", titles);
        // The towns the reports name, as the map shows them by default (event and dateline mentions). Their
        // country is left out: the fixture's hand-built Syria sits on the same point and clusters with it.
        var placeIds = await s.Page.EvaluateAsync<long[]>("""
            async () => [...new Set((await Promise.all(['Palmyra', 'Homs'].map(async (q) =>
              (await (await fetch('/api/events?role=event,dateline&level=city&q=' + q)).json()).features.map(f => f.properties.placeId)))).flat())]
            """);
        Assert.NotEmpty(placeIds);
        // Close enough to Homs and Palmyra that nothing clusters.
        await s.GotoDashboardAsync("/?lat=34.7&lon=37.5&zoom=8");
        await s.ScreenshotAsync("import-on-map.png");
        foreach (var id in placeIds)
        {
            // Markers are added in chunks after the events arrive: wait for each before counting it.
            var marker = s.Page.Locator($".leaflet-marker-pane .place-marker[data-place-id='{id}']");
            await marker.First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
            Assert.Equal(1, await marker.CountAsync());
        }

        // And in the article list of the API.
        using var articles = JsonDocument.Parse(await s.Page.EvaluateAsync<string>("async () => await (await fetch('/api/articles')).text()"));
        var stored = articles.RootElement.EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Fighting around Palmyra", stored);
        Assert.Contains("Shelling in Homs", stored);
        s.AssertNoErrors();
    }
}
