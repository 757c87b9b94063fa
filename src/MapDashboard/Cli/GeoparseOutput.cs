using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Cli;

/// <summary>The JSON shape <c>geoparse</c> prints: stable names for scripts.</summary>
internal static class GeoparseOutput
{
    public sealed record File(string Path, IReadOnlyList<Article> Articles);

    public sealed record Article(int Position, string Title, string? Source, string? Url, string? Date, DatePrecision DatePrecision, IReadOnlyList<Mention> Mentions);

    public sealed record Mention(int Start, int End, string Text, MentionRole Role, ResolvedPlace? Place, double Confidence, string? Date, DatePrecision DatePrecision, string Evidence);

    /// <summary>The chosen place: coordinates in degrees, WGS 84.</summary>
    public sealed record ResolvedPlace(long Id, string Name, string Country, PlaceLevel Level, double Lat, double Lon);

    public static File From(string path, IEnumerable<GeoparsedArticle> articles) => new(path, articles.Select(a => new Article(
        a.Article.Position, a.Article.Title, a.Article.Source, a.Article.Url, Iso(a.Date), a.Date.Precision,
        a.Mentions.Select(m => new Mention(
            m.Mention.Start, m.Mention.Start + m.Mention.Length, m.Mention.Text, m.Mention.Role,
            m.Place is { } p ? new ResolvedPlace(p.Id, p.Name, p.CountryCode, p.Level, p.Latitude, p.Longitude) : null,
            Math.Round(m.Confidence, 3), Iso(m.Date), m.Date.Precision, m.Evidence)).ToList())).ToList());

    private static string? Iso(FuzzyDate date) => date.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
