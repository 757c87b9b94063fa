using MapDashboard.Data.Model;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Tests;

/// <summary>
/// The answers the in-memory index must give, read straight from the store with plain LINQ over
/// <see cref="DashboardQueries.Matching"/> (what a filter means in SQL): the tests' oracle, kept out of the app,
/// which reads the map page's answers from the index only.
/// </summary>
public sealed class ReferenceQueries(MapDashboardDbContext db, IArticleSearch? search = null)
{
    private readonly DashboardQueries _store = new(db, search);

    /// <summary>Resolved events matching the filter, dated first by date, then undated; ties by id.</summary>
    public async Task<IReadOnlyList<EventRecord>> GetEventsAsync(EventFilter filter) =>
        await _store.Matching(filter)
            .OrderBy(m => m.DateStart == null).ThenBy(m => m.DateStart).ThenBy(m => m.Id)
            .Select(DashboardQueries.AsEventRecord)
            .AsNoTracking()
            .ToListAsync();

    /// <summary>The reports of one place within the filter, one per article (its first mention), newest first; null when none.</summary>
    public async Task<PlaceReports?> GetPlaceReportsAsync(long placeId, EventFilter filter)
    {
        var mentions = await _store.Matching(filter with { PlaceId = placeId }).Include(m => m.Article).AsNoTracking().ToListAsync();
        if (mentions.Count == 0) return null;

        var reports = mentions
            .GroupBy(m => m.ArticleId)
            .Select(g => g.OrderBy(m => m.Start).First())
            .OrderBy(m => m.Date == null).ThenByDescending(m => m.Date).ThenByDescending(m => m.ArticleId)
            .Select(ToReport)
            .ToList();
        var first = mentions[0];
        return new PlaceReports(placeId, first.PlaceName ?? first.Text, first.CountryCode ?? "",
            first.Level ?? PlaceLevel.Locality, first.Latitude ?? 0, first.Longitude ?? 0, reports);
    }

    /// <summary>Events matching the filter per country, source, level and role, most first (one GROUP BY each).</summary>
    public async Task<EventFacets> GetFacetsAsync(EventFilter filter)
    {
        var events = _store.Matching(filter);
        var countries = await events.GroupBy(m => m.CountryCode ?? "").Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var sources = await events.GroupBy(m => m.Article!.Source ?? "").Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var levels = await events.GroupBy(m => m.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var roles = await events.GroupBy(m => m.Role).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return new EventFacets(
            Ranked(countries.Where(c => c.Key.Length > 0).Select(c => new FacetCount(c.Key, c.Count))),
            Ranked(sources.Where(c => c.Key.Length > 0).Select(c => new FacetCount(c.Key, c.Count))),
            Ranked(levels.Where(c => c.Key != null).Select(c => new FacetCount(c.Key!.Value.ToString().ToLowerInvariant(), c.Count))),
            Ranked(roles.Select(c => new FacetCount(c.Key.ToString().ToLowerInvariant(), c.Count))));
    }

    private static List<FacetCount> Ranked(IEnumerable<FacetCount> counts) =>
        [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];

    // The popup's line: the mention's sentence, or the mention itself when it lies outside its recorded sentence (older data).
    private static PlaceReport ToReport(Mention m)
    {
        var text = m.Article!.Text;
        var start = Math.Clamp(m.SentenceStart, 0, text.Length);
        var length = Math.Clamp(m.SentenceLength, 0, text.Length - start);
        if (length == 0 || m.Start < start || m.Start + m.Length > start + length)
        {
            start = m.Start;
            length = m.Length;
        }

        return new PlaceReport(m.ArticleId, m.Id, m.Article.Title, m.Date, m.DatePrecision,
            text.Substring(start, length), m.Start - start, m.Length);
    }
}
