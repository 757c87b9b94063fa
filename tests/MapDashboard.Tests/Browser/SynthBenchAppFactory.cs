using MapDashboard.Cli;
using MapDashboard.Data.Ingestion;
using MapDashboard.Gazetteer;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The app on the <c>synth</c> command's corpus (same generator, same seed): about <see cref="Events"/> events in
/// plain-text reports of real gazetteer places, written to a temp folder and ingested through the real geoparser,
/// as <c>synth --events 7700 --ingest</c> does (titles repeat the first place, so events come out ~1.3 × 7,700).
/// </summary>
public sealed class SynthBenchAppFactory : BrowserAppFactory
{
    /// <summary>Mentions the generator writes; the stored events are about 1.3 times as many.</summary>
    public const int Events = 7_700;

    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "mapdashboard-synth", Guid.NewGuid().ToString("n"));

    /// <summary>How long writing and ingesting took.</summary>
    public TimeSpan IngestTime { get; private set; }

    protected override async Task SeedAsync(ArticleStore store)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = Services.CreateAsyncScope();
        var regions = SynthVerb.RegionsKnownTo(scope.ServiceProvider.GetRequiredService<IGazetteer>());
        SynthVerb.Write(_corpus, Events, new Random(20170317), regions);
        var stored = await scope.ServiceProvider.GetRequiredService<FileIngestor>().IngestAsync([_corpus]);
        Assert.All(stored, f => Assert.Null(f.Error));
        IngestTime = clock.Elapsed;
        Directory.Delete(_corpus, recursive: true);
    }
}
