using MapDashboard.Data.Ingestion;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The app on a synthetic corpus of <see cref="Events"/> events: <see cref="Articles"/> articles of
/// <see cref="PlacesPerArticle"/> places each, over <see cref="PlaceCount"/> places in Syria and Iraq
/// and two years of days, for the speed budget (first load under 2 s, a slider move under 100 ms).
/// </summary>
public sealed class BenchAppFactory : BrowserAppFactory
{
    public const int Articles = 2_000;
    public const int PlacesPerArticle = 5;
    public const int Events = Articles * PlacesPerArticle;
    public const int PlaceCount = 400;
    public static readonly DateOnly FirstDay = new(2016, 1, 1);
    public const int Days = 730;

    protected override async Task SeedAsync(ArticleStore store)
    {
        var random = new Random(20170317);
        var places = Enumerable.Range(0, PlaceCount)
            .Select(i => City(9_000_000 + i, $"Town {i:D3}", i % 2 == 0 ? "SY" : "IQ", 32 + random.NextDouble() * 5, 36 + random.NextDouble() * 8))
            .ToArray();
        const int batch = 500;
        for (var start = 0; start < Articles; start += batch)
        {
            var articles = new List<GeoparsedArticle>(batch);
            for (var a = start; a < start + batch; a++)
            {
                var chosen = Enumerable.Range(0, PlacesPerArticle).Select(_ => places[random.Next(PlaceCount)]).Distinct().ToArray();
                while (chosen.Length < PlacesPerArticle)
                {
                    chosen = [.. chosen, .. places.Except(chosen).Take(PlacesPerArticle - chosen.Length)];
                }
                var body = string.Join(" ", chosen.Select(p => $"Shelling was reported in {p.Name}."));
                articles.Add(Article($"Report {a}", FuzzyDate.Day(FirstDay.AddDays(random.Next(Days))), body,
                    [.. chosen.Select(p => (p, p.Name))], source: a % 3 == 0 ? "Wire A" : "Wire B"));
            }
            await store.AddAsync($"bench-{start}.txt", $"hash-bench-{start}", articles);
        }
    }
}
