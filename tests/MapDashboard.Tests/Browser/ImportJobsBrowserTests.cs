using System.Text;
using MapDashboard.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Browser;

/// <summary>The import page lists jobs live over the circuit: a job accepted elsewhere appears, and Cancel stops it.</summary>
[Trait("Category", "Slow")]
public sealed class ImportJobsBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [ChromiumFact]
    public async Task A_job_accepted_after_the_page_opened_appears_live_and_can_be_cancelled()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.Page.GotoAsync("/import");
        await s.Page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await s.Page.WaitForTimeoutAsync(1500);

        // Accepted but not queued (as a script's job waiting behind others): it stays pending until cancelled.
        var id = app.Services.GetRequiredService<ImportJobStore>().Create("upload",
            [("homs.txt", Encoding.UTF8.GetBytes("Shelling in Homs\n\nOn 8 March 2017 shelling hit Homs, Syria."))], new Dictionary<int, UploadOutcome>());
        var job = s.Page.Locator($"[data-job='{id}']");
        await job.Locator("[data-role=cancel-import]").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("0 of 1 files · queued", await job.TextContentAsync(), StringComparison.Ordinal);

        await job.Locator("[data-role=cancel-import]").ClickAsync();

        await s.Page.Locator($"[data-job='{id}'][data-state=cancelled]").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("homs.txt: not imported: homs.txt: the import was cancelled", await job.Locator("[data-file]").TextContentAsync(), StringComparison.Ordinal);
        s.AssertNoErrors();
    }
}
