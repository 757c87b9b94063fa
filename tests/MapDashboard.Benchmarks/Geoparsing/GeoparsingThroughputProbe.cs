using System.Diagnostics;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;

namespace MapDashboard.Benchmarks.Geoparsing;

/// <summary>
/// <c>-- geoparse-probe [--corpus FILE]</c>: geoparses the seed corpus, or an evaluation corpus's documents,
/// repeatedly on one thread after a warm-up and prints throughput in MB of text per second, both by wall clock
/// and by this process's CPU time (the fair figure on a machine shared with other work), with the time spent
/// in each pipeline stage. <c>-- geoparse-probe --rounds N</c> parses the seeds exactly N times after two warm-up
/// rounds, for an instruction count under <c>valgrind --tool=callgrind</c> that load on the machine cannot blur: the
/// difference between two counts of N and M rounds, over (N − M) × the seeds' bytes, is instructions per byte of news.
/// </summary>
internal static class GeoparsingThroughputProbe
{
    private const int WarmUpRounds = 20;
    private const double MeasureSeconds = 10;

    public static int Run(TextWriter output, string? corpusPath = null)
    {
        var geoparser = new Geoparser(GazetteerLoader.Load(RepositoryPaths.BundledGazetteer));
        var workload = corpusPath is null ? ProbeWorkload.Seeds() : ProbeWorkload.FromCorpus(corpusPath);
        for (var i = 0; i < WarmUpRounds; i++)
        {
            workload.ParseAll(geoparser);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < MeasureSeconds)
        {
            workload.ParseAll(geoparser);
            rounds++;
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var megabytes = workload.Bytes * (double)rounds / 1_000_000;
        output.WriteLine($"{workload.Label} {workload.Bytes:N0} bytes x {rounds} rounds = {megabytes:0.0} MB");
        output.WriteLine($"wall clock: {clock.Elapsed.TotalSeconds:0.00} s, {megabytes / clock.Elapsed.TotalSeconds:0.00} MB/s");
        output.WriteLine($"CPU time:   {cpu.TotalSeconds:0.00} s, {megabytes / cpu.TotalSeconds:0.00} MB/s (floor: 2 MB/s on one core)");
        output.WriteLine($"time by stage, warm-up included: {geoparser.Timings}");
        return 0;
    }

    public static int RunRounds(TextWriter output, int rounds)
    {
        var geoparser = new Geoparser(GazetteerLoader.Load(RepositoryPaths.BundledGazetteer));
        var workload = ProbeWorkload.Seeds();
        for (var i = 0; i < 2 + rounds; i++)
        {
            workload.ParseAll(geoparser);
        }

        output.WriteLine($"{workload.Label} {workload.Bytes:N0} bytes x {rounds} rounds (after 2 warm-up rounds)");
        return 0;
    }
}
