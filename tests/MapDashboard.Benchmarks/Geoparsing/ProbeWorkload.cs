using System.Text;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Evaluation;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Benchmarks.Geoparsing;

/// <summary>
/// What <see cref="GeoparsingThroughputProbe"/> parses each round: the seed digests (split into articles, as the
/// dashboard ingests them), or the documents of an evaluation corpus (one article each, as <c>eval</c> parses them).
/// The seeds are light on places; a corpus such as GeoVirus is place-dense, the slow case for name finding.
/// </summary>
/// <param name="Label">What is parsed, for the report ("seed corpus", "GeoVirus.xml, 229 documents").</param>
/// <param name="Bytes">UTF-8 bytes of text parsed per round.</param>
/// <param name="ParseAll">Parses every document once.</param>
internal sealed record ProbeWorkload(string Label, long Bytes, Action<Geoparser> ParseAll)
{
    /// <summary>The repository's seed files, each split into articles by the geoparser.</summary>
    public static ProbeWorkload Seeds()
    {
        SourceDocument[] documents = SeedCorpus.Documents();
        return new ProbeWorkload("seed corpus", SeedCorpus.Bytes(documents), geoparser =>
        {
            foreach (SourceDocument document in documents)
            {
                geoparser.Parse(document);
            }
        });
    }

    /// <summary>The documents of an evaluation corpus (<see cref="CorpusReader"/>'s layouts), each one article.</summary>
    public static ProbeWorkload FromCorpus(string path)
    {
        IReadOnlyList<EvalDocument> documents = CorpusReader.Read(path);
        ArticleText[] articles = [.. documents.Select(d => d.ToArticle())];
        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        return new ProbeWorkload($"{Path.GetFileName(path)}, {documents.Count} documents,", bytes, geoparser =>
        {
            foreach (ArticleText article in articles)
            {
                geoparser.ParseArticle(article);
            }
        });
    }
}
