using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Postgres;

/// <summary>
/// Article search on PostgreSQL's full text: the generated column <c>Articles."SearchVector"</c> (a
/// <c>tsvector</c> of the text, <see cref="PostgresStore.SearchConfiguration"/>) with a GIN index, made by the
/// migrations. The same query tree as on SQLite (<see cref="SearchQuery"/>): AND, OR, NOT, phrases, prefixes.
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
    /// The <c>to_tsquery</c> text of the query's tree, fully bracketed: each word a quoted lexeme (so user text is
    /// never tsquery syntax), a prefix word <c>'word':*</c>, the words of a phrase joined by <c>&lt;-&gt;</c> (followed
    /// by), terms side by side by <c>&amp;</c>, exclusions as <c>&amp; !(c | d)</c>, alternatives by <c>|</c>.
    /// </summary>
    public static string ToTsQuery(SearchQuery query) => TsQuery(query.Root);

    private static string TsQuery(SearchNode node) => node switch
    {
        SearchTerm t => "(" + string.Join(" <-> ", t.Words.Select((w, i) =>
            "'" + w.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'"
            + (t.Prefix && i == t.Words.Count - 1 ? ":*" : ""))) + ")",
        SearchAll all => "(" + string.Join(" & ", all.Required.Select(TsQuery)) + ")"
            + (all.Excluded.Count == 0 ? "" : " & !(" + string.Join(" | ", all.Excluded.Select(TsQuery)) + ")"),
        SearchAny any => "(" + string.Join(" | ", any.Alternatives.Select(TsQuery)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Not a search node."),
    };
}
