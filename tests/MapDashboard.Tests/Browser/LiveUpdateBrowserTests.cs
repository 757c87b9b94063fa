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

/// <summary>The same, when the report comes from another process: <c>MapDashboard ingest FILE</c> on the app's data folder.</summary>
[Trait("Category", "Slow")]
public sealed class SecondProcessLiveUpdateBrowserTests(SecondProcessAppFactory app) : IClassFixture<SecondProcessAppFactory>
{
    [ChromiumFact]
    public async Task A_file_ingested_by_another_process_is_announced_and_added_on_a_click()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync("/?lat=36&lon=41&zoom=6&role=event,dateline&from=2017-02-01");
        await s.ExpectCountAsync("4 reports dated · 5 places");

        var folder = Path.Combine(app.DataDirectory, "incoming");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "mosul-front.txt");
        await File.WriteAllTextAsync(file, "Fighting near Mosul\n\nFighting resumed near Mosul on 6 March 2017, officials said.\n");
        var ingest = await RunIngestAsync(file);
        Assert.True(ingest.ExitCode == 0, ingest.Output);
        Assert.Contains("1 articles added", ingest.Output, StringComparison.Ordinal);

        var announce = s.Page.Locator("[data-role=new-reports]");
        await Assertions.Expect(announce).ToHaveTextAsync("1 new report: show", new() { Timeout = 5_000 });
        await announce.ClickAsync();
        await s.ExpectCountAsync("5 reports dated · 5 places");
        await Assertions.Expect(s.ListTitles.Filter(new() { HasText = "Fighting near Mosul" })).ToHaveCountAsync(1);
        Assert.Contains("from=2017-02-01", s.Page.Url, StringComparison.Ordinal);
        s.AssertNoErrors();
    }

    /// <summary>The app's own executable, as a user would run it beside the server: <c>ingest FILE --data DIR</c>.</summary>
    private async Task<(int ExitCode, string Output)> RunIngestAsync(string file)
    {
        using var process = System.Diagnostics.Process.Start(AppProcess.Command("ingest", file, "--data", app.DataDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
