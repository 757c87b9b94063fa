using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// An open dashboard hears of reports stored after it opened: "1 new report: show", and a click adds them
/// without losing the view, the range or the filters.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LiveUpdateBrowserTests(LiveAppFactory app) : IClassFixture<LiveAppFactory>
{
    [ChromiumFact]
    public async Task A_report_stored_while_the_page_is_open_is_announced_and_added_on_a_click()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync("/?lat=36&lon=41&zoom=6&role=event,dateline&from=2017-02-01");
        // From 1 February: the Kurdish advance, the Mosul offensive, the battle for Raqqa, the clashes (March).
        await s.ExpectCountAsync("4 reports dated · 5 places");

        await app.StoreReportAsync("Mosul front moves again", new DateOnly(2017, 3, 5));
        var announce = s.Page.Locator("[data-role=new-reports]");
        // Within the 2 s the issue allows, plus a margin for a busy test machine.
        await Assertions.Expect(announce).ToHaveTextAsync("1 new report: show", new() { Timeout = 5_000 });
        await s.ExpectCountAsync("4 reports dated · 5 places");
        await s.ScreenshotAsync("live-new-report.png");

        await announce.ClickAsync();
        await s.ExpectCountAsync("5 reports dated · 5 places");
        await Assertions.Expect(announce).ToHaveCountAsync(0);
        await Assertions.Expect(s.ListTitles.Filter(new() { HasText = "Mosul front moves again" })).ToHaveCountAsync(1);
        // The view, the range and the filters are as they were.
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(s.Page.Url).Query);
        Assert.Equal("2017-02-01", query["from"]);
        Assert.Equal("6", query["zoom"]);
        Assert.Equal("event,dateline", query["role"]);
        s.AssertNoErrors();
    }
}
