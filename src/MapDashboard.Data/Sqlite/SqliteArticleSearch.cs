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
    /// The FTS5 MATCH expression: every term quoted (so user text is never FTS5 syntax), all terms required;
    /// a prefix term is <c>"word" *</c>.
    /// </summary>
    public static string ToMatchExpression(SearchQuery query) =>
        string.Join(" AND ", query.Terms.Select(t =>
            "\"" + string.Join(" ", t.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? " *" : "")));
}
