using System.Diagnostics;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Benchmarks.Gazetteer;

/// <summary>
/// A cold load in this fresh process (what a user waits for when the app starts: JIT included), then the
/// managed heap the loaded gazetteer keeps and the process working set. CPU time is reported too: on a
/// machine shared with other builds, wall time says more about the neighbours than about the code.
/// </summary>
internal static class GazetteerLoadProbe
{
    public static int Run(TextWriter output)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        GazetteerIndex gazetteer = GazetteerLoader.Load(RepositoryPaths.BundledGazetteer);
        TimeSpan cold = clock.Elapsed;
        process.Refresh();
        TimeSpan cpu = process.TotalProcessorTime - cpuBefore;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        process.Refresh();
        long workingSet = process.WorkingSet64;
        long peakWorkingSet = process.PeakWorkingSet64;
        clock.Restart();
        GazetteerIndex again = GazetteerLoader.Load(RepositoryPaths.BundledGazetteer);
        TimeSpan warm = clock.Elapsed;
        output.WriteLine($"cold load        {cold.TotalMilliseconds,8:N0} ms wall, {cpu.TotalMilliseconds:N0} ms CPU (all threads)");
        output.WriteLine($"second load      {warm.TotalMilliseconds,8:N0} ms");
        output.WriteLine($"retained heap    {retained / 1e6,8:N0} MB");
        output.WriteLine($"working set      {workingSet / 1e6,8:N0} MB after the load (peak {peakWorkingSet / 1e6:N0} MB)");
        output.WriteLine($"places           {gazetteer.Places.Count,8:N0}");
        GC.KeepAlive(gazetteer);
        GC.KeepAlive(again);
        return 0;
    }
}
