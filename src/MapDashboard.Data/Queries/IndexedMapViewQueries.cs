using MapDashboard.Data.Index;
using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Queries;

/// <summary>
/// The map page's reads over the in-memory <see cref="EventIndex"/>: no SQL aggregation per request, one scan of
/// compact rows at most (a few milliseconds at a million events). SQL is asked only for what a page shows: titles
/// of a list page, sentences of a popup page, and the articles a text search matches.
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
        var (s, matcher) = await CompileAsync(filter with { Box = null }, cancellationToken);
        return MarkerBuilder.Build(s, matcher, box, zoom);
    }

    /// <inheritdoc />
    public async Task<EventCounts> CountAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var (s, matcher) = await CompileAsync(filter, cancellationToken);
        int events = 0, reports = 0, places = 0, lastArticle = -1;
        var placeSeen = new bool[s.PlaceCount];
        for (int r = 0, end = matcher.RowEnd(s); r < end; r++)
        {
            ref readonly var row = ref s.Rows[r];
            if (!matcher.Matches(row))
            {
                continue;
            }

            events++;
            if (row.Article != lastArticle)
            {
                (lastArticle, reports) = (row.Article, reports + 1);
            }

            if (!placeSeen[row.Place])
            {
                (placeSeen[row.Place], places) = (true, places + 1);
            }
        }

        return new EventCounts(reports, events, places);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimeBucket>> GetHistogramAsync(EventFilter filter, DateOnly from, DateOnly to, TimeBucketSize size,
        CancellationToken cancellationToken = default)
    {
        var (s, matcher) = await CompileAsync(filter with { From = null, To = null, IncludeUndated = true }, cancellationToken);
        return HistogramCounter.Count(s, matcher, from, to, size);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReportListItem>> GetReportPageAsync(EventFilter filter, int offset, int count,
        CancellationToken cancellationToken = default)
    {
        var (s, matcher, order) = await OrderAsync(filter, cancellationToken);
        var slice = Enumerable.Range(Math.Max(offset, 0), Math.Max(0, Math.Min(count, order.Count - Math.Max(offset, 0)))).ToList();
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

        // Per article, its first matching mention of the place (by offset in the text).
        var firsts = new List<int>();
        for (int r = 0, end = matcher.RowEnd(s); r < end; r++)
        {
            ref readonly var row = ref s.Rows[r];
            if (row.Place != p || !matcher.Matches(row))
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

    private async Task<(EventIndexSnapshot Snapshot, MentionMatcher Matcher)> CompileAsync(EventFilter filter, CancellationToken cancellationToken)
    {
        var s = await index.CurrentAsync(cancellationToken);
        var key = $"{s.Version}#{FilterKey.Of(filter)}";
        var matcher = cache.Matchers.Get(key);
        if (matcher is null)
        {
            matcher = await MentionMatcher.CreateAsync(filter, s, search, cancellationToken);
            cache.Matchers.Add(key, matcher);
        }

        return (s, matcher);
    }

    private async Task<(EventIndexSnapshot Snapshot, MentionMatcher Matcher, ReportOrder Order)> OrderAsync(EventFilter filter,
        CancellationToken cancellationToken)
    {
        var (s, matcher) = await CompileAsync(filter, cancellationToken);
        var key = $"{s.Version}#{FilterKey.Of(filter)}";
        var order = cache.ReportOrders.Get(key);
        if (order is null)
        {
            order = ReportOrder.Build(s, matcher);
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

    private T WithConnection<T>(Func<SqliteConnection, T> read)
    {
        using var connection = new SqliteConnection(options.ConnectionString);
        connection.Open();
        return read(connection);
    }
}
