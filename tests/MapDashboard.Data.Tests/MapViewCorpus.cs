using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

/// <summary>
/// A varied, reproducible corpus for comparing the map index with the SQL filter: every level, role, date
/// precision, several sources (and none), confidences on and off the filter's thresholds, unresolved names.
/// </summary>
internal static class MapViewCorpus
{
    public const int ArticleCount = 90;

    public static readonly Place Syria = Make(163843, "Syria", PlaceLevel.Country, "SY", 35, 38);
    public static readonly Place RaqqaGovernorate = Make(172957, "Ar Raqqah Governorate", PlaceLevel.Admin1, "SY", 35.9, 38.9);
    public static readonly Place Tabqa = Make(163099, "Ath Thawrah", PlaceLevel.Locality, "SY", 35.8367, 38.5481);
    public static readonly Place Euphrates = Make(99710, "Euphrates", PlaceLevel.Feature, "IQ", 31.0, 46.0);
    public static readonly Place Moscow = Make(524901, "Moscow", PlaceLevel.City, "RU", 55.75222, 37.61556);
    public static readonly Place Ninawa = Make(99071, "Nineveh District", PlaceLevel.Admin2, "IQ", 36.3, 43.2);

    public static readonly IReadOnlyList<Place> Places = [Raqqa, Mosul, Syria, RaqqaGovernorate, Tabqa, Euphrates, Moscow, Ninawa];

    private static readonly string?[] Sources = [null, "Reuters", "TASS", "SANA"];
    private static readonly double[] Confidences = [0.3, 0.5, 0.75, 0.9, 1.0];

    public static List<GeoparsedArticle> Articles()
    {
        var random = new Random(20170317);
        return [.. Enumerable.Range(0, ArticleCount).Select(i => Article(i, random))];
    }

    public static FuzzyDate RandomDate(Random random) => random.Next(5) switch
    {
        0 => FuzzyDate.Unknown,
        1 => FuzzyDate.Month(2016 + random.Next(3), 1 + random.Next(12)),
        2 => FuzzyDate.Year(2016 + random.Next(3)),
        _ => FuzzyDate.Day(new DateOnly(2016, 1, 1).AddDays(random.Next(3 * 365))),
    };

    private static GeoparsedArticle Article(int i, Random random)
    {
        var words = random.Next(3) == 0 ? "offensive" : "ceasefire";
        var count = 1 + random.Next(5);
        var sentences = new List<(Place? Place, string Sentence)>();
        for (var k = 0; k < count; k++)
        {
            // One name in eight the gazetteer lacks: stored, never an event.
            var place = random.Next(8) == 0 ? null : Places[random.Next(Places.Count)];
            sentences.Add((place, $"A {words} was reported in {place?.Name ?? "Tell Nowhere"}."));
        }

        var article = new ArticleText
        {
            Title = $"Report {i}: {words}", Body = string.Join(" ", sentences.Select(s => s.Sentence)),
            Source = Sources[random.Next(Sources.Length)], SourceName = "corpus.txt", Position = i,
        };
        var offset = article.BodyOffset;
        var articleDate = RandomDate(random);
        var mentions = new List<GeoparsedMention>();
        foreach (var (place, sentence) in sentences)
        {
            var name = place?.Name ?? "Tell Nowhere";
            var start = offset + sentence.IndexOf(name, StringComparison.Ordinal);
            var role = (MentionRole)random.Next(4);
            mentions.Add(new GeoparsedMention(new PlaceMention(start, name.Length, name, role), place,
                Confidences[random.Next(Confidences.Length)], [], "test", random.Next(3) == 0 ? articleDate : RandomDate(random),
                offset, sentence.Length));
            offset += sentence.Length + 1;
        }

        return new GeoparsedArticle(article, articleDate, mentions);
    }

    private static Place Make(long id, string name, PlaceLevel level, string country, double lat, double lon) =>
        new() { Id = id, Name = name, Level = level, CountryCode = country, Latitude = lat, Longitude = lon };
}
