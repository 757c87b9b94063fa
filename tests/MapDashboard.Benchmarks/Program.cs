using BenchmarkDotNet.Running;
using MapDashboard.Benchmarks.Dashboard;
using MapDashboard.Benchmarks.Gazetteer;
using MapDashboard.Benchmarks.Geoparsing;
using MapDashboard.Benchmarks.Ingest;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Entry point. <c>-- --filter '*Gazetteer*'</c> runs the BenchmarkDotNet suites; <c>-- gazetteer-probe</c> and <c>-- geoparse-probe [--corpus FILE]</c> measure
/// what BenchmarkDotNet cannot: a cold first load in a fresh process and the memory the loaded gazetteer keeps;
/// <c>-- dashboard-bench --data DIR</c> the dashboard's server under a read load (see <see cref="DashboardBench"/>);
/// <c>-- index-probe --data DIR</c> the same reads in process, CPU per call (see <see cref="IndexProbe"/>);
/// <c>-- dashboard-circuits --data DIR</c> its memory with 20 map pages open in Chromium (see <see cref="CircuitsBench"/>);
/// <c>-- ingest-bench --ingesters 1,2,4</c> concurrent <c>ingest</c> processes on one PostgreSQL database (see <see cref="IngestBench"/>);
/// <c>-- dashboard-browser --data DIR</c> the map page's first render, slider step, pan and zoom in Chromium (see <see cref="BrowserBench"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["gazetteer-probe", ..])
        {
            return GazetteerLoadProbe.Run(Console.Out);
        }

        if (args is ["dashboard-bench", .. var options])
        {
            return DashboardBench.RunAsync(Console.Out, options).GetAwaiter().GetResult();
        }

        if (args is ["index-probe", .. var probeOptions])
        {
            return IndexProbe.RunAsync(Console.Out, probeOptions).GetAwaiter().GetResult();
        }

        if (args is ["ingest-bench", .. var ingestOptions])
        {
            return IngestBench.RunAsync(Console.Out, ingestOptions).GetAwaiter().GetResult();
        }

        if (args is ["dashboard-circuits", .. var circuitOptions])
        {
            return CircuitsBench.RunAsync(Console.Out, circuitOptions).GetAwaiter().GetResult();
        }

        if (args is ["dashboard-browser", .. var browserOptions])
        {
            return BrowserBench.RunAsync(Console.Out, browserOptions).GetAwaiter().GetResult();
        }

        if (args is ["geoparse-probe", "--corpus", var corpus])
        {
            return GeoparsingThroughputProbe.Run(Console.Out, corpus);
        }

        if (args is ["geoparse-probe"])
        {
            return GeoparsingThroughputProbe.Run(Console.Out);
        }

        if (args is ["geoparse-probe", "--rounds", var rounds] && int.TryParse(rounds, out var count) && count > 0)
        {
            return GeoparsingThroughputProbe.RunRounds(Console.Out, count);
        }

        if (args is ["geoparse-probe", ..])
        {
            Console.Error.WriteLine("usage: geoparse-probe [--corpus FILE | --rounds N]");
            return 2;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
