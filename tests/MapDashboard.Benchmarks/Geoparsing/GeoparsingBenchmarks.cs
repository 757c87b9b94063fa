using System.Text;
using BenchmarkDotNet.Attributes;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Benchmarks.Geoparsing;

/// <summary>
/// End-to-end geoparsing of the seed corpus (two real news digests, split into 17 articles): splitting,
/// recognition, resolution and dating on one thread. Issue 4's floor is 2 MB of article text per second on
/// one core; <see cref="GeoparsingThroughputProbe"/> prints the figure in MB/s.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GeoparsingBenchmarks
{
    private Geoparser _geoparser = null!;
    private SourceDocument[] _documents = [];

    [GlobalSetup]
    public void Load()
    {
        _geoparser = new Geoparser(GazetteerLoader.Load(RepositoryPaths.BundledGazetteer));
        _documents = SeedCorpus.Documents();
        Console.WriteLine($"// seed corpus: {SeedCorpus.Bytes(_documents):N0} bytes of UTF-8 text");
    }

    [Benchmark]
    public int GeoparseSeedCorpus()
    {
        var mentions = 0;
        foreach (var document in _documents)
        {
            foreach (var article in _geoparser.Parse(document))
            {
                mentions += article.Mentions.Count;
            }
        }

        return mentions;
    }
}

/// <summary>The repository's seed files as source documents.</summary>
internal static class SeedCorpus
{
    public static SourceDocument[] Documents() =>
        [.. Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument(Path.GetFileName(f), File.ReadAllText(f), "text/plain"))];

    public static long Bytes(IEnumerable<SourceDocument> documents) => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Content));
}
