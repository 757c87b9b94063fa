using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Reads Markdown or text with YAML front matter (<c>title</c>, <c>date</c>, <c>url</c>, <c>source</c>) as one
/// article. Only flat <c>key: value</c> pairs are read: that is all the importer writes.
/// </summary>
internal static class FrontMatterReader
{
    public static IReadOnlyList<ArticleText> Read(SourceDocument document, DigestSplitter digest)
    {
        var lines = document.Content.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 1;
        for (; i < lines.Length && lines[i].TrimEnd() != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim().Trim('"', '\'');
        }
        var bodyLines = lines.Skip(i + 1).Select(l => l.TrimStart('#', ' ')).ToList();
        var body = string.Join("\n", bodyLines);
        var title = fields.GetValueOrDefault("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            // No title field: the first line of the body is the headline, as in a digest.
            var split = digest.Split(document, body, ArticleSplitter.LatestDate(body));
            if (split.Count == 0) return [];
            return [split[0] with { Source = fields.GetValueOrDefault("source") ?? split[0].Source, Url = fields.GetValueOrDefault("url"), MetadataDate = ParseDate(fields.GetValueOrDefault("date")) }];
        }
        var paragraphs = TextBlock.Read(body).Select(CaptionRules.BodyLines).Where(l => l.Count > 0).Select(l => string.Join("\n", l));
        var article = new ArticleText
        {
            Title = title.Trim(),
            Body = string.Join("\n\n", paragraphs),
            SourceName = document.Name,
            Position = 0,
            Url = fields.GetValueOrDefault("url"),
            MetadataDate = ParseDate(fields.GetValueOrDefault("date")),
            DocumentDate = ArticleSplitter.LatestDate(body),
        };
        return [article with { Source = fields.GetValueOrDefault("source") ?? Dateline.Find(article)?.Outlet }];
    }

    /// <summary>"2017-03-17", "2017-03-17T10:00:00Z", "2017-03", "2017", "Fri, 17 Mar 2017 10:00:00 GMT".</summary>
    public static FuzzyDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length == 4 && int.TryParse(v, out var y)) return FuzzyDate.Year(y);
        if (v.Length == 7 && v[4] == '-' && int.TryParse(v[..4], out y) && int.TryParse(v[5..], out var m) && m is >= 1 and <= 12)
            return FuzzyDate.Month(y, m);
        if (DateTimeOffset.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var dto))
            return FuzzyDate.Day(DateOnly.FromDateTime(dto.UtcDateTime));
        // RFC 822 with a zone name .NET does not know ("EST"): drop the zone, keep the day.
        var parts = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 4 && DateTime.TryParse(string.Join(' ', parts.Take(4)), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dt))
            return FuzzyDate.Day(DateOnly.FromDateTime(dt));
        return null;
    }
}
