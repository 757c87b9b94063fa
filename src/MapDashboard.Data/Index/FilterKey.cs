using System.Globalization;
using System.Text;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;

namespace MapDashboard.Data.Index;

/// <summary>
/// A filter as a string that is equal for equal filters (sets sorted, the search as its <see cref="SearchQuery.Key"/>):
/// the record's own equality compares the sets by reference, which is useless as a cache key.
/// </summary>
internal static class FilterKey
{
    public static string Of(EventFilter f)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"{f.From:yyyy-MM-dd}|{f.To:yyyy-MM-dd}|{f.IncludeUndated}|{f.UndatedOnly}|{f.MaxArticleId}|{f.PlaceId}|");
        b.Append(f.MinConfidence?.ToString("R", CultureInfo.InvariantCulture)).Append('|');
        if (f.Box is { } box)
        {
            b.Append(CultureInfo.InvariantCulture, $"{box.MinLon:R},{box.MinLat:R},{box.MaxLon:R},{box.MaxLat:R}");
        }

        b.Append('|').Append(f.Text?.Key);
        Append(b, f.Roles?.Select(r => r.ToString()));
        Append(b, f.Levels?.Select(l => l.ToString()));
        Append(b, f.Countries);
        Append(b, f.Sources);
        return b.ToString();
    }

    private static void Append(StringBuilder b, IEnumerable<string>? values)
    {
        b.Append('|');
        foreach (var v in values?.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            // Length-prefixed, so a source holding the separator cannot make two filters look alike.
            b.Append(v.Length).Append(':').Append(v);
        }
    }
}
