using System.Globalization;
using Xunit.Abstractions;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The page on big corpora in Chromium: 10,000 hand-built events (2,000 reports over 400 places) and the <c>synth</c>
/// command's corpus. Asserts what a user gets (every report counted, the slider narrowing the count) and that the
/// browser never asks for the corpus (no <c>/api/events</c>: the server answers for the view). Prints the time from
/// navigation to the drawn page and of each slider step (key press → the server's redraw arrived), also appended
/// to TestResults/bench.txt. Timings are reported, not asserted: the budgets are the bench commands' (README, Speed).
/// </summary>
[Trait("Category", "Slow")]
[Trait("Category", "Bench")]
[Collection(BenchCollection.Name)]
public sealed class BenchBrowserTests(BenchAppFactory app, ITestOutputHelper output) : IClassFixture<BenchAppFactory>
{
    private const int SliderSteps = 20;

    [ChromiumFact]
    public async Task Ten_thousand_events_are_counted_and_narrowed_without_loading_the_corpus()
    {
        var report = await MeasureAsync(app.BaseAddress, "hand-built", output);
        Assert.Equal($"{BenchAppFactory.Articles:N0} reports dated · {BenchAppFactory.PlaceCount} places", report.FirstCount);
        Assert.NotEqual(report.FirstCount, report.LastCount);
    }

    /// <summary>The figures of one run and the counts the page showed before and after the slider steps.</summary>
    public sealed record Report(string Text, string FirstCount, string LastCount);

    /// <summary>
    /// Loads the dashboard (warm server), steps the slider's "from" handle <see cref="SliderSteps"/> months on, one
    /// redraw at a time; prints the figures and appends them to TestResults/bench.txt.
    /// </summary>
    public static async Task<Report> MeasureAsync(Uri app, string corpus, ITestOutputHelper output)
    {
        await using var s = await BrowserSession.OpenAsync(app);
        var corpusRequests = new List<string>();
        s.Page.Request += (_, r) =>
        {
            if (new Uri(r.Url).AbsolutePath is "/api/events" or "/api/events.geojson") corpusRequests.Add(r.Url);
        };
        // A first visit warms the server (EF Core model, JIT, the event index) as a running app would be.
        await s.GotoDashboardAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await s.Page.ReloadAsync();
        await s.WaitUntilReadyAsync();
        await s.Page.WaitForSelectorAsync("[data-dashboard][data-markers]:not([data-markers='0'])", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var firstRender = clock.Elapsed.TotalMilliseconds;
        var firstCount = (await s.CountTextAsync())!;

        var from = s.Page.Locator("[role=slider][data-thumb=from]");
        await from.FocusAsync();
        var steps = new List<double>();
        for (var i = 0; i < SliderSteps; i++)
        {
            var draws = await s.Page.Locator("[data-dashboard]").GetAttributeAsync("data-draws");
            clock.Restart();
            await s.Page.Keyboard.PressAsync("PageUp");
            await s.Page.WaitForFunctionAsync("n => document.querySelector('[data-dashboard]').dataset.draws !== n", draws);
            steps.Add(clock.Elapsed.TotalMilliseconds);
        }
        var lastCount = (await s.CountTextAsync())!;
        var sorted = steps.Order().ToArray();
        await s.ScreenshotAsync($"bench-{corpus}.png");

        var text = string.Create(CultureInfo.InvariantCulture,
            $"corpus={corpus} shown='{firstCount}' first-render={firstRender:F0}ms slider-step median={sorted[sorted.Length / 2]:F1}ms max={sorted[^1]:F1}ms (n={SliderSteps}, wall time beside a test run)");
        output.WriteLine(text);
        Directory.CreateDirectory(BrowserSession.ScreenshotDirectory);
        await File.AppendAllTextAsync(Path.Combine(BrowserSession.ScreenshotDirectory, "..", "bench.txt"), text + Environment.NewLine);
        Assert.Empty(corpusRequests);
        s.AssertNoErrors();
        return new Report(text, firstCount, lastCount);
    }
}

/// <summary>The same on the <c>synth</c> command's corpus: real places, clustered as a conflict feed is.</summary>
[Trait("Category", "Slow")]
[Trait("Category", "Bench")]
[Collection(BenchCollection.Name)]
public sealed class SynthBenchBrowserTests(SynthBenchAppFactory app, ITestOutputHelper output) : IClassFixture<SynthBenchAppFactory>
{
    [ChromiumFact]
    public async Task The_synth_corpus_is_counted_and_narrowed_without_loading_the_corpus()
    {
        output.WriteLine(FormattableString.Invariant($"synth corpus written and ingested in {app.IngestTime.TotalSeconds:F1} s"));
        var report = await BenchBrowserTests.MeasureAsync(app.BaseAddress, "synth", output);
        Assert.Matches(@"^[1-9][\d,]* reports dated · [1-9][\d,]* places$", report.FirstCount);
        Assert.NotEqual(report.FirstCount, report.LastCount);
    }
}

/// <summary>The benches run alone, after the other tests: on a shared two-core machine, timing beside other browsers measures them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BenchCollection
{
    public const string Name = "Bench";
}
