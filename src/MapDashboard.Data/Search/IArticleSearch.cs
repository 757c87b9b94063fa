namespace MapDashboard.Data.Search;

/// <summary>
/// Full-text search over article titles and bodies: the one seam for provider-specific text search
/// (SQLite FTS5, PostgreSQL tsvector).
/// </summary>
public interface IArticleSearch
{
    /// <summary>
    /// The ids of articles matching <paramref name="query"/>, as a query EF Core can compose into a larger
    /// one (<c>ids.Contains(m.ArticleId)</c>). The query must have been checked by <see cref="SearchQuery.TryParse"/>.
    /// </summary>
    IQueryable<long> MatchingArticleIds(SearchQuery query);
}
