namespace MapDashboard.Data.Queries;

/// <summary>The reads the dashboard makes. <see cref="DashboardQueries"/> on every provider.</summary>
public interface IDashboardQueries
{
    /// <summary>Resolved events matching the filter, ordered by date then id.</summary>
    Task<IReadOnlyList<EventRecord>> GetEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events <see cref="GetEventsAsync"/> returns for the same filter, ordered by id, read one by one as the
    /// caller consumes them (for exports of the whole corpus: nothing is buffered). Cancelling stops the query.
    /// </summary>
    IAsyncEnumerable<EventRecord> StreamEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>All articles, newest first (undated last).</summary>
    Task<IReadOnlyList<ArticleSummary>> GetArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>One article with its mentions, or null when the id is unknown.</summary>
    Task<ArticleDetail?> GetArticleAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The reports of one place within the filter's date range, newest first; null when no event has that place.</summary>
    Task<PlaceReports?> GetPlaceReportsAsync(long placeId, EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Names kept unresolved (not dismissed), most frequent first, each with up to
    /// <paramref name="occurrencesPerName"/> occurrences, newest article first.
    /// </summary>
    Task<IReadOnlyList<UnresolvedName>> GetUnresolvedNamesAsync(int occurrencesPerName = 20, CancellationToken cancellationToken = default);

    /// <summary>How many events matching the filter fall in each country, source, level and role, most first.</summary>
    Task<EventFacets> GetFacetsAsync(EventFilter filter, CancellationToken cancellationToken = default);
}
