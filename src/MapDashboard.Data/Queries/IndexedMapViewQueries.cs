using MapDashboard.Data.Index;
using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using System.Globalization;

namespace MapDashboard.Data.Queries;

/// <summary>
/// The map page's reads over the in-memory <see cref="EventIndex"/>: no SQL aggregation per request. A filter's
/// matching rows are found once (a <see cref="RowSet"/>, from the cheapest way into the rows) and cached, so a view's
/// counts, markers, list and facets walk only those; histograms and facets are cached as answers too. SQL is asked
/// only for what a page shows: titles of a list page, sentences of a popup page, and the articles a text search matches.
/// </summary>
public sealed class IndexedMapViewQueries(EventIndex index, MapViewCache cache, IArticleSearch search, EventIndexOptions options) : IMapViewQueries
{
    /// <inheritdoc />
    public async Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var s = await index.CurrentAsync(cancellationToken);
        var stats = s.Statistics;
        var dated = stats.DatedEvents > 0;
        return new CorpusSummary(stats.Reports, stats.DatedEvents, stats.UndatedEvents,
            dated ? DateOnly.FromDayNumber(stats.FirstDay) : null, dated ? DateOnly.FromDayNumber(stats.LastDay) : null,
            s.LatestArticleId, stats.Sources, stats.Countries);
    }

    /// <inheritdoc />
    public async Task<MapMarkers> GetMarkersAsync(EventFilter filter, BoundingBox box, int zoom, CancellationToken cancellationToken = default)
    {
        var unboxed = filter with { Box = null };
        var (s, set) = await RowsAsync(unboxed, cancellationToken);
        var key = $"{s.Version}#{FilterKey.Of(unboxed)}";
        var areas = cache.Areas.Get(key);
        if (areas is null)
        {
            areas = MarkerBuilder.Areas(s, set);
            cache.Areas.Add(key, areas);
        }

        return MarkerBuilder.Build(s, set, box, zoom, areas);
    }

    /// <inheritdoc />
    public async Task<EventCounts> CountAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var (_, set) = await RowsAsync(filter, cancellationToken);
        return new EventCounts(set.Reports, set.Events, set.Places);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimeBucket>> GetHistogramAsync(EventFilter filter, DateOnly from, DateOnly to, TimeBucketSize size,
        CancellationToken cancellationToken = default)
    {
        var axisFilter = filter with { From = null, To = null, IncludeUndated = true };
        var s = await index.CurrentAsync(cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"{s.Version}#{FilterKey.Of(axisFilter)}#{from:yyyy-MM-dd}#{to:yyyy-MM-dd}#{size}");
        if (cache.Histograms.Get(key) is { } cached)
        {
            return cached;
        }

        var (_, set) = await RowsAsync(axisFilter, cancellationToken, s);
        var buckets = HistogramCounter.Count(s, set, from, to, size);
        cache.Histograms.Add(key, buckets);
        return buckets;
    }

    /// <inheritdoc />
    public async Task<EventFacets> GetFacetsAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var s = await index.CurrentAsync(cancellationToken);
        var key = $"{s.Version}#{FilterKey.Of(filter)}";
        if (cache.Facets.Get(key) is { } cached)
        {
            return cached;
        }

        // The rows the facets walk are the filter's without its facet choices: often the view's own (no choices).
        var (_, open) = await RowsAsync(filter with { Roles = null, Levels = null, Countries = null, Sources = null }, cancellationToken, s);
        var facets = FacetCounter.Count(s, open, filter);
        cache.Facets.Add(key, facets);
        return facets;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReportListItem>> GetReportPageAsync(EventFilter filter, int offset, int count,
        CancellationToken cancellationToken = default)
    {
        var start = Math.Max(offset, 0);
        var end = (int)Math.Min((long)start + Math.Max(count, 0), int.MaxValue);
        var (s, matcher, order) = await OrderAsync(filter, end, cancellationToken);
        var slice = Enumerable.Range(start, Math.Max(0, Math.Min(end, order.Length) - start)).ToList();
        if (slice.Count == 0)
        {
            return [];
        }

        var titles = WithConnection(c => ReportTexts.Titles(c, [.. slice.Select(i => s.Articles[order.Articles[i]].Id)]));
        return [.. slice.Select(i => ListItem(s, matcher, order, i, titles))];
    }

    /// <inheritdoc />
    public async Task<PlaceReportPage?> GetPlaceReportPageAsync(long placeId, EventFilter filter, int offset, int count,
        CancellationToken cancellationToken = default)
    {
        var (s, matcher) = await CompileAsync(filter, cancellationToken);
        var p = s.PlaceIndexOf(placeId);
        if (p < 0)
        {
            return null;
        }

        // Per article, its first matching mention of the place (by offset in the text): the place's rows only.
        var firsts = new List<int>();
        foreach (var r in s.Layout.RowsOf(p))
        {
            ref readonly var row = ref s.Rows[r];
            if (!matcher.Matches(row))
            {
                continue;
            }

            if (firsts.Count > 0 && s.Rows[firsts[^1]].Article == row.Article)
            {
                if (row.Start < s.Rows[firsts[^1]].Start)
                {
                    firsts[^1] = r;
                }
            }
            else
            {
                firsts.Add(r);
            }
        }

        if (firsts.Count == 0)
        {
            return null;
        }

        // Newest first by the listed mention's date, undated last, then newest article: as the SQL popup orders.
        var page = firsts
            .OrderByDescending(r => s.Rows[r].DayStart).ThenByDescending(r => s.Rows[r].Article)
            .Skip(Math.Max(offset, 0)).Take(Math.Max(count, 0)).ToList();
        var texts = WithConnection(c => ReportTexts.Sentences(c, [.. page.Select(r => s.Rows[r].MentionId)]));
        var place = s.Places[p];
        var reports = page.Where(r => texts.ContainsKey(s.Rows[r].MentionId)).Select(r =>
        {
            var row = s.Rows[r];
            var (title, sentence, highlightStart, highlightLength) = texts[row.MentionId];
            var article = s.Articles[row.Article];
            return new PlaceReport(article.Id, row.MentionId, title, row.IsDated ? DateOnly.FromDayNumber(row.DayStart) : null,
                row.IsDated ? row.Precision : DatePrecision.Unknown, sentence, highlightStart, highlightLength)
            {
                Source = SourceName(s, article.Source), Confidence = row.Confidence, Role = row.Role,
            };
        }).ToList();
        return new PlaceReportPage(place.Id, place.Name, place.Country ?? "", place.Level ?? PlaceLevel.Locality,
            place.Latitude, place.Longitude, firsts.Count, reports);
    }

    /// <inheritdoc />
    public async Task<long> GetLatestArticleIdAsync(CancellationToken cancellationToken = default) =>
        (await index.CurrentAsync(cancellationToken)).LatestArticleId;

    /// <inheritdoc />
    public async Task<int> CountNewReportsAsync(EventFilter filter, long afterArticleId, CancellationToken cancellationToken = default)
    {
        var (s, matcher) = await CompileAsync(filter, cancellationToken);
        var first = s.FirstArticleAfter(afterArticleId);
        var reports = 0;
        var lastArticle = -1;
        for (int r = first < s.ArticleCount ? s.Articles[first].FirstRow : s.RowCount, end = matcher.RowEnd(s); r < end; r++)
        {
            ref readonly var row = ref s.Rows[r];
            if (row.Article != lastArticle && matcher.Matches(row))
            {
                (lastArticle, reports) = (row.Article, reports + 1);
            }
        }

        return reports;
    }

    // Each read takes one snapshot and passes it down: asking the index again mid-read may give a newer one (an import
    // publishes one per file), and rows or a matcher of one snapshot read with another's layout ran off its arrays
    // (IndexOutOfRangeException, a 500, under a read load during a 1,000-file import).
    private async Task<(EventIndexSnapshot Snapshot, MentionMatcher Matcher)> CompileAsync(EventFilter filter, CancellationToken cancellationToken,
        EventIndexSnapshot? at = null)
    {
        var s = at ?? await index.CurrentAsync(cancellationToken);
        var key = $"{s.Version}#{FilterKey.Of(filter)}";
        var matcher = cache.Matchers.Get(key);
        if (matcher is null)
        {
            matcher = await MentionMatcher.CreateAsync(filter, s, search, cache.ArticleFlags, cancellationToken);
            cache.Matchers.Add(key, matcher);
        }

        return (s, matcher);
    }

    /// <summary>The filter's matching rows: cached, or found from a cached superset (the same filter without its box) when there is one.</summary>
    private async Task<(EventIndexSnapshot Snapshot, RowSet Rows)> RowsAsync(EventFilter filter, CancellationToken cancellationToken,
        EventIndexSnapshot? at = null)
    {
        var (s, matcher) = await CompileAsync(filter, cancellationToken, at);
        var key = $"{s.Version}#{FilterKey.Of(filter)}";
        var set = cache.RowSets.Get(key);
        if (set is null)
        {
            var superset = filter.Box is null ? null : cache.RowSets.Get($"{s.Version}#{FilterKey.Of(filter with { Box = null })}");
            set = RowSet.Build(s, s.Layout, matcher, superset);
            cache.RowSets.Add(key, set);
        }

        return (s, set);
    }

    /// <summary>The list order of the filter's reports, at least up to <paramref name="end"/> (exclusive).</summary>
    private async Task<(EventIndexSnapshot Snapshot, MentionMatcher Matcher, ReportOrder Order)> OrderAsync(EventFilter filter, int end,
        CancellationToken cancellationToken)
    {
        var (s, set) = await RowsAsync(filter, cancellationToken);
        var (_, matcher) = await CompileAsync(filter, cancellationToken, s);
        var key = $"{s.Version}#{FilterKey.Of(filter)}";
        var order = cache.ReportOrders.Get(key);
        if (order is null || !order.Covers(end))
        {
            // A page past the kept prefix: keep twice as much, so scrolling on does not rebuild every page.
            order = ReportOrder.Build(s, matcher, set, order is null ? end : Math.Max(end, 2 * order.Length));
            cache.ReportOrders.Add(key, order);
        }

        return (s, matcher, order);
    }

    private static ReportListItem ListItem(EventIndexSnapshot s, MentionMatcher matcher, ReportOrder order, int i, Dictionary<long, string> titles)
    {
        var a = order.Articles[i];
        var article = s.Articles[a];
        // The article's matching places, each at its first mention.
        var firstRowOfPlace = new Dictionary<int, int>();
        for (int r = article.FirstRow, end = s.RowEnd(a); r < end; r++)
        {
            if (matcher.Matches(s.Rows[r])
                && (!firstRowOfPlace.TryGetValue(s.Rows[r].Place, out var seen) || s.Rows[r].Start < s.Rows[seen].Start))
            {
                firstRowOfPlace[s.Rows[r].Place] = r;
            }
        }

        var places = firstRowOfPlace.Values.OrderBy(r => s.Rows[r].Start).Take(3).Select(r =>
        {
            var row = s.Rows[r];
            var place = s.Places[row.Place];
            return new ReportPlace(place.Id, place.Name, row.MentionId, place.Latitude, place.Longitude,
                place.Level ?? PlaceLevel.Locality, row.Role, row.Confidence);
        }).ToList();
        var day = order.Days[i];
        return new ReportListItem(article.Id, titles.GetValueOrDefault(article.Id, ""), SourceName(s, article.Source),
            day == EventRow.Undated ? null : DateOnly.FromDayNumber(day), order.Precisions[i], places, firstRowOfPlace.Count);
    }

    private static string? SourceName(EventIndexSnapshot s, int source) => source == 0 ? null : s.Sources[source];

    private T WithConnection<T>(Func<System.Data.Common.DbConnection, T> read)
    {
        using var connection = options.OpenConnection();
        return read(connection);
    }
}
