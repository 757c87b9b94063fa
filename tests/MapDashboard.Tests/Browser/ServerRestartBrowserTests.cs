using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// A server restart under an open dashboard: the reconnect notice shows while the server is down, and once it is
/// back the page comes back by itself to the same view, range and counts (the address holds them).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ServerRestartBrowserTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mapdashboard-restart", Guid.NewGuid().ToString("n"));

    [ChromiumFact]
    public async Task After_a_restart_the_page_reconnects_to_the_same_view()
    {
        var port = AppProcess.FreePort();
        var first = await AppProcess.StartAsync(port, _data);
        await WaitForSeedsAsync(first.Address);
        await using var s = await BrowserSession.OpenAsync(first.Address);
        const string View = "/?lat=35.6&lon=38.6&zoom=7&from=2017-03-01&to=2017-03-31";
        await s.GotoDashboardAsync(View);
        var count = s.Page.Locator("[data-role=event-count]");
        await Assertions.Expect(count).ToContainTextAsync("reports dated");
        var before = await count.TextContentAsync();
        var titles = await s.ListTitles.AllTextContentsAsync();
        Assert.NotEmpty(titles);

        first.Kill();
        var notice = s.Page.Locator("#components-reconnect-modal");
        await Assertions.Expect(notice).ToBeVisibleAsync(new() { Timeout = 15_000 });
        // The first attempt's message may already have given way to the retry's on a busy machine: either shows.
        await Assertions.Expect(notice.Locator("p:visible", new() { HasTextRegex = new Regex("Reconnecting to the server|Still reconnecting") })).ToHaveCountAsync(1);
        // The notice fades in (the template's 0.3 s delay, then 0.5 s): photograph it once it is fully shown.
        await s.Page.WaitForFunctionAsync("() => getComputedStyle(document.getElementById('components-reconnect-modal')).opacity === '1'");
        await s.ScreenshotAsync("restart-1-reconnecting.png");
        // While it retries, one message: "Still reconnecting… trying again in N seconds", not both.
        await Assertions.Expect(notice.GetByText("Still reconnecting")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(notice.GetByText("Reconnecting to the server")).Not.ToBeVisibleAsync();
        await s.ScreenshotAsync("restart-2-retrying.png");

        using var second = await AppProcess.StartAsync(port, _data);
        await Assertions.Expect(notice).Not.ToBeVisibleAsync(new() { Timeout = 60_000 });
        await s.WaitUntilReadyAsync();
        await Assertions.Expect(count).ToHaveTextAsync(before!);
        Assert.Equal(titles, await s.ListTitles.AllTextContentsAsync());
        Assert.Contains("from=2017-03-01", s.Page.Url, StringComparison.Ordinal);
        Assert.Contains("zoom=7", s.Page.Url, StringComparison.Ordinal);
        await s.ScreenshotAsync("restart-3-back.png");
    }

    /// <summary>The first start ingests the seeds (the README's run command); waits until they are stored.</summary>
    private static async Task WaitForSeedsAsync(Uri app)
    {
        using var http = new HttpClient { BaseAddress = app };
        for (var deadline = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < deadline; await Task.Delay(500))
        {
            var summary = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/summary", UriKind.Relative));
            if (summary.GetProperty("reports").GetInt32() > 0)
            {
                return;
            }
        }

        throw new TimeoutException("The seeds were not stored within 3 minutes.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
