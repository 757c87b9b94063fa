using System.Text;
using BenchmarkDotNet.Attributes;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Benchmarks.Gazetteer;

/// <summary>Finding every gazetteer name in a 5,000-word article (target: ≤ 5 ms).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GazetteerFindNamesBenchmarks
{
    private const int ArticleWords = 5000;

    private GazetteerIndex _gazetteer = null!;
    private string _article = "";

    [GlobalSetup]
    public void Load()
    {
        _gazetteer = GazetteerLoader.Load(RepositoryPaths.BundledGazetteer);
        _article = Article();
        Console.WriteLine($"// article: {_article.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length} words, {_gazetteer.FindNames(_article).Count} names found");
    }

    [Benchmark]
    public int FindNamesIn5000WordArticle() => _gazetteer.FindNames(_article).Count;

    // The seed corpus (real news), repeated until it is 5,000 words long.
    private static string Article()
    {
        string[] words = [.. Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
        var article = new StringBuilder();
        for (int i = 0; i < ArticleWords; i++)
        {
            article.Append(words[i % words.Length]).Append(' ');
        }
        return article.ToString();
    }
}
