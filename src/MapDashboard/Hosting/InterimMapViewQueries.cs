using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Hosting;

// TEMPORARY (work tree only, replaced by the event index before landing): the map view over GetEventsAsync.
internal sealed class InterimMapViewQueries(IDashboardQueries queries) : IMapViewQueries
{
    public async Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var all = await queries.GetEventsAsync(new EventFilter(), cancellationToken);
        var articles = await queries.GetArticlesAsync(cancellationToken);
        var dated = all.Where(e => e.Date is not null).ToList();
        return new CorpusSummary(all.Select(e => e.ArticleId).Distinct().Count(), dated.Count, all.Count - dated.Count,
            dated.Count == 0 ? null : dated.Min(e => e.Date), dated.Count == 0 ? null : dated.Max(e => End(e)),
            articles.Count == 0 ? 0 : articles.Max(a => a.Id),
            [.. articles.Select(a => a.Source ?? "").Distinct().Order(StringComparer.Ordinal)],
            [.. all.Select(e => e.Country).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static DateOnly End(EventRecord e) => e.DatePrecision switch
    {
        DatePrecision.Month => e.Date!.Value.AddMonths(1).AddDays(-1),
        DatePrecision.Year => e.Date!.Value.AddYears(1).AddDays(-1),
        _ => e.Date!.Value,
    };

    private static bool IsArea(PlaceLevel l) => l is PlaceLevel.Country or PlaceLevel.Admin1;

    public async Task<MapMarkers> GetMarkersAsync(EventFilter filter, BoundingBox box, int zoom, CancellationToken cancellationToken = default)
    {
        var events = await queries.GetEventsAsync(filter with { Box = null }, cancellationToken);
        MapMarker Marker(IGrouping<long, EventRecord> g) => new(g.First().Latitude, g.First().Longitude, g.Select(e => e.ArticleId).Distinct().Count(), g.Count(), 1,
            g.Key, g.First().Place, g.First().Country, g.First().Level, g.GroupBy(e => e.Role).OrderByDescending(r => r.Count()).First().Key, g.Max(e => e.Confidence), null);
        var points = events.Where(e => !IsArea(e.Level) && box.Contains(e.Longitude, e.Latitude)).GroupBy(e => e.PlaceId).Select(Marker).ToList();
        var areas = events.Where(e => IsArea(e.Level)).GroupBy(e => e.PlaceId).Select(Marker).ToList();
        return new MapMarkers(points, areas, false);
    }

    public async Task<EventCounts> CountAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var events = await queries.GetEventsAsync(filter, cancellationToken);
        return new EventCounts(events.Select(e => e.ArticleId).Distinct().Count(), events.Count, events.Select(e => e.PlaceId).Distinct().Count());
    }

    public async Task<IReadOnlyList<TimeBucket>> GetHistogramAsync(EventFilter filter, DateOnly from, DateOnly to, TimeBucketSize size, CancellationToken cancellationToken = default)
    {
        var events = await queries.GetEventsAsync(filter with { From = null, To = null, IncludeUndated = false }, cancellationToken);
        DateOnly Bucket(DateOnly d) => size switch
        {
            TimeBucketSize.Day => d,
            TimeBucketSize.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
            TimeBucketSize.Month => new DateOnly(d.Year, d.Month, 1),
            _ => new DateOnly(d.Year, 1, 1),
        };
        return [.. events.Where(e => e.Date >= from && e.Date <= to).GroupBy(e => Bucket(e.Date!.Value)).OrderBy(g => g.Key)
            .Select(g => new TimeBucket(g.Key, g.Select(e => e.ArticleId).Distinct().Count(), g.Count()))];
    }

    public async Task<IReadOnlyList<ReportListItem>> GetReportPageAsync(EventFilter filter, int offset, int count, CancellationToken cancellationToken = default)
    {
        var events = await queries.GetEventsAsync(filter, cancellationToken);
        return [.. events.GroupBy(e => e.ArticleId).OrderBy(g => g.Max(e => e.Date) is null).ThenByDescending(g => g.Max(e => e.Date)).ThenByDescending(g => g.Key)
            .Skip(offset).Take(count)
            .Select(g => new ReportListItem(g.Key, g.First().Title, null, g.Max(e => e.Date), g.OrderByDescending(e => e.Date).First().DatePrecision,
                [.. g.GroupBy(e => e.PlaceId).Take(3).Select(p => new ReportPlace(p.Key, p.First().Place, p.First().Id, p.First().Latitude, p.First().Longitude, p.First().Level, p.First().Role, p.First().Confidence) { Country = p.First().Country })],
                g.Select(e => e.PlaceId).Distinct().Count()))];
    }

    public Task<PlaceReportPage?> GetPlaceReportPageAsync(long placeId, EventFilter filter, int offset, int count, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public async Task<long> GetLatestArticleIdAsync(CancellationToken cancellationToken = default)
    {
        var articles = await queries.GetArticlesAsync(cancellationToken);
        return articles.Count == 0 ? 0 : articles.Max(a => a.Id);
    }

    public async Task<int> CountNewReportsAsync(EventFilter filter, long afterArticleId, CancellationToken cancellationToken = default)
    {
        var events = await queries.GetEventsAsync(filter with { MaxArticleId = null }, cancellationToken);
        return events.Where(e => e.ArticleId > afterArticleId).Select(e => e.ArticleId).Distinct().Count();
    }
}
