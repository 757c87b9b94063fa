namespace MapDashboard.Data.Queries;

/// <summary>The reads made from the store itself (exports, articles, review); the map page's reads come from the index (<see cref="IMapViewQueries"/>). <see cref="DashboardQueries"/> on every provider.</summary>
public interface IDashboardQueries
{
    /// <summary>
    /// Resolved events matching the filter, ordered by id, read one by one as the
    /// caller consumes them (for exports of the whole corpus: nothing is buffered). Cancelling stops the query.
    /// </summary>
    IAsyncEnumerable<EventRecord> StreamEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>All articles, newest first (undated last).</summary>
    Task<IReadOnlyList<ArticleSummary>> GetArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>One article with its mentions, or null when the id is unknown.</summary>
    Task<ArticleDetail?> GetArticleAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Names kept unresolved (not dismissed), most frequent first, each with up to
    /// <paramref name="occurrencesPerName"/> occurrences, newest article first.
    /// </summary>
    Task<IReadOnlyList<UnresolvedName>> GetUnresolvedNamesAsync(int occurrencesPerName = 20, CancellationToken cancellationToken = default);
}
