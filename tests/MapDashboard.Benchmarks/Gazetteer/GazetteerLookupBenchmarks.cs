using BenchmarkDotNet.Attributes;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Benchmarks.Gazetteer;

/// <summary>Exact lookups of names news uses (target: ≥ 1,000,000 a second).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GazetteerLookupBenchmarks
{
    private const int NamesPerInvoke = 1000;

    // Real names in the spellings articles use, cycled to NamesPerInvoke.
    private static readonly string[] NewsNames =
    [
        "Raqqa", "Damascus", "Aleppo", "Homs", "Idlib", "Deir ez-Zor", "Syria", "Iraq", "Mosul", "Baghdad",
        "Moscow", "Kyiv", "Kharkiv", "Paris", "London", "Washington", "Ankara", "Istanbul", "Tehran", "Beirut",
        "Gaza", "Jerusalem", "Cairo", "Tripoli", "Kabul", "New York", "Berlin", "Tabqa", "Manbij", "Kobani",
    ];

    private GazetteerIndex _gazetteer = null!;
    private string[] _names = [];

    [GlobalSetup]
    public void Load()
    {
        _gazetteer = GazetteerLoader.Load(RepositoryPaths.BundledGazetteer);
        _names = [.. Enumerable.Range(0, NamesPerInvoke).Select(i => NewsNames[i % NewsNames.Length])];
    }

    [Benchmark(OperationsPerInvoke = NamesPerInvoke)]
    public int ExactLookup()
    {
        int found = 0;
        foreach (string name in _names)
        {
            found += _gazetteer.Lookup(name).Count;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = NamesPerInvoke)]
    public int StrictLookup()
    {
        int found = 0;
        foreach (string name in _names)
        {
            found += _gazetteer.Lookup(name, NameMatching.Strict).Count;
        }
        return found;
    }
}
