using BenchmarkDotNet.Attributes;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Benchmarks.Gazetteer;

/// <summary>Loading the bundled gazetteer (target: ≤ 1.5 s and ≤ 400 MB on the 2-core build machine).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GazetteerLoadBenchmarks
{
    [Benchmark]
    public GazetteerIndex LoadBundledGazetteer() => GazetteerLoader.Load(RepositoryPaths.BundledGazetteer);
}
