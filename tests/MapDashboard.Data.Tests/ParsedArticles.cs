using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Data.Tests;

/// <summary>Geoparsed articles built by hand, so the store is tested without the geoparser.</summary>
internal static class ParsedArticles
{
    public const long ArRaqqahSyria = 172955;
    public const long MosulIraq = 99072;

    public static readonly Place Raqqa = new()
    {
        Id = ArRaqqahSyria, Name = "Ar Raqqah", Level = PlaceLevel.City, CountryCode = "SY",
        Latitude = 35.95283, Longitude = 39.00788, Population = 177636,
    };

    public static readonly Place Mosul = new()
    {
        Id = MosulIraq, Name = "Mosul", Level = PlaceLevel.City, CountryCode = "IQ",
        Latitude = 36.335, Longitude = 43.11889, Population = 1739800,
    };

    /// <summary>An article whose text names each place once, in one sentence per place.</summary>
    public static GeoparsedArticle Article(string title, FuzzyDate date, int position = 0, params (Place Place, FuzzyDate Date)[] places)
    {
        var body = string.Join(" ", places.Select(p => $"Fighting was reported in {p.Place.Name}."));
        var article = new ArticleText { Title = title, Body = body, SourceName = "test.txt", Position = position };
        var mentions = new List<GeoparsedMention>();
        var offset = article.BodyOffset;
        foreach (var (place, eventDate) in places)
        {
            var sentence = $"Fighting was reported in {place.Name}.";
            var start = offset + sentence.IndexOf(place.Name, StringComparison.Ordinal);
            mentions.Add(new GeoparsedMention(
                new PlaceMention(start, place.Name.Length, place.Name, MentionRole.Event),
                place, 0.9, [], "test", eventDate, offset, sentence.Length));
            offset += sentence.Length + 1;
        }

        return new GeoparsedArticle(article, date, mentions);
    }
}
