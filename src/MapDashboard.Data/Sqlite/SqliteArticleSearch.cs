using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Sqlite;

/// <summary>
/// Article search on SQLite's FTS5 (compiled into the bundled e_sqlite3). The index is the external-content
/// table <see cref="TableName"/> over <c>Articles(Title, Text)</c>, created by the migration
/// baseline migration with triggers that keep it in step on insert, update and delete.
/// </summary>
public sealed class SqliteArticleSearch(MapDashboardDbContext db) : IArticleSearch
{
    /// <summary>The FTS5 table (and the prefix of its shadow tables).</summary>
    public const string TableName = "ArticleSearch";

    /// <inheritdoc />
    public IQueryable<long> MatchingArticleIds(SearchQuery query)
    {
        var match = ToMatchExpression(query);
        return db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM \"ArticleSearch\" WHERE \"ArticleSearch\" MATCH {match}");
    }

    /// <summary>
    /// The FTS5 MATCH expression of the query's tree, fully bracketed: every term quoted (so user text is never FTS5
    /// syntax), a prefix term <c>"word" *</c>, terms side by side joined by AND, exclusions after one NOT
    /// (<c>(a AND b) NOT (c OR d)</c>: FTS5's NOT is binary), alternatives by OR.
    /// </summary>
    public static string ToMatchExpression(SearchQuery query) => Match(query.Root);

    private static string Match(SearchNode node) => node switch
    {
        SearchTerm t => "\"" + string.Join(" ", t.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? " *" : ""),
        SearchAll all => "(" + string.Join(" AND ", all.Required.Select(Match)) + ")"
            + (all.Excluded.Count == 0 ? "" : " NOT (" + string.Join(" OR ", all.Excluded.Select(Match)) + ")"),
        SearchAny any => "(" + string.Join(" OR ", any.Alternatives.Select(Match)) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Not a search node."),
    };
}
