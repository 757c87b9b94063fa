using System.Diagnostics;
using MapDashboard.Benchmarks.Gazetteer;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;

namespace MapDashboard.Benchmarks.Geoparsing;

/// <summary>
/// <c>-- geoparse-probe</c>: geoparses the seed corpus repeatedly on one thread after a warm-up and prints
/// throughput in MB of text per second, both by wall clock and by this process's CPU time (the fair figure
/// on a machine shared with other work), with the time spent in each pipeline stage.
/// </summary>
internal static class GeoparsingThroughputProbe
{
    private const int WarmUpRounds = 20;
    private const double MeasureSeconds = 10;

    public static int Run(TextWriter output)
    {
        var geoparser = new Geoparser(GazetteerLoader.Load(BenchmarkPaths.BundledGazetteer));
        var documents = SeedCorpus.Documents();
        var bytes = SeedCorpus.Bytes(documents);
        for (var i = 0; i < WarmUpRounds; i++)
        {
            Parse(geoparser, documents);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < MeasureSeconds)
        {
            Parse(geoparser, documents);
            rounds++;
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var megabytes = bytes * (double)rounds / 1_000_000;
        output.WriteLine($"seed corpus {bytes:N0} bytes x {rounds} rounds = {megabytes:0.0} MB");
        output.WriteLine($"wall clock: {clock.Elapsed.TotalSeconds:0.00} s, {megabytes / clock.Elapsed.TotalSeconds:0.00} MB/s");
        output.WriteLine($"CPU time:   {cpu.TotalSeconds:0.00} s, {megabytes / cpu.TotalSeconds:0.00} MB/s (floor: 2 MB/s on one core)");
        output.WriteLine($"time by stage, warm-up included: {geoparser.Timings}");
        return 0;
    }

    private static void Parse(Geoparser geoparser, IEnumerable<MapDashboard.Geoparsing.Splitting.SourceDocument> documents)
    {
        foreach (var document in documents)
        {
            geoparser.Parse(document);
        }
    }
}
