using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Postgres;

/// <summary>
/// Article search on PostgreSQL's full text: the generated column <c>Articles."SearchVector"</c> (a
/// <c>tsvector</c> of the text, <see cref="PostgresStore.SearchConfiguration"/>) with a GIN index, made by the
/// migrations. The same syntax as on SQLite (<see cref="SearchQuery"/>): every term required, phrases, prefixes.
/// </summary>
public sealed class PostgresArticleSearch(MapDashboardDbContext db) : IArticleSearch
{
    /// <inheritdoc />
    public IQueryable<long> MatchingArticleIds(SearchQuery query)
    {
        var tsquery = ToTsQuery(query);
        return db.Database.SqlQuery<long>(
            $"SELECT \"Id\" AS \"Value\" FROM \"Articles\" WHERE \"SearchVector\" @@ to_tsquery('mapdashboard_search', {tsquery})");
    }

    /// <summary>
    /// The <c>to_tsquery</c> text: each word a quoted lexeme (so user text is never tsquery syntax), the words of a
    /// phrase joined by <c>&lt;-&gt;</c> (followed by), terms by <c>&amp;</c>; a prefix word is <c>'word':*</c>.
    /// </summary>
    public static string ToTsQuery(SearchQuery query) =>
        string.Join(" & ", query.Terms.Select(t =>
            "(" + string.Join(" <-> ", t.Words.Select((w, i) =>
                "'" + w.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'"
                + (t.Prefix && i == t.Words.Count - 1 ? ":*" : ""))) + ")"));
}
