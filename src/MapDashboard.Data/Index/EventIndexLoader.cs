using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Index;

/// <summary>
/// Reads the store into an <see cref="EventIndexBuilder"/> with raw data readers (no EF Core materialisation: a
/// million rows load in about a second). Events are the resolved mentions, as the SQL filter defines them:
/// PlaceId, Longitude and Latitude set. The SQL is the same on SQLite and PostgreSQL (quoted names, <c>@</c> parameters).
/// </summary>
internal static class EventIndexLoader
{
    private const string Resolved = "m.\"PlaceId\" IS NOT NULL AND m.\"Longitude\" IS NOT NULL AND m.\"Latitude\" IS NOT NULL";

    // Place columns come last: they are read only for the first mention of each place.
    private const string MentionColumns =
        "m.\"ArticleId\", m.\"Id\", m.\"PlaceId\", m.\"Role\", m.\"Confidence\", m.\"DateStart\", m.\"DateEnd\", m.\"DatePrecision\", m.\"Start\", " +
        "m.\"PlaceName\", m.\"Text\", m.\"CountryCode\", m.\"Level\", m.\"Latitude\", m.\"Longitude\"";

    public static long MaxArticleId(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(\"Id\"), 0) FROM \"Articles\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Appends the articles with ids in (<paramref name="afterId"/>, <paramref name="upToId"/>] and their events.</summary>
    public static void Append(DbConnection connection, EventIndexBuilder builder, long afterId, long upToId)
    {
        // One snapshot for both reads: SQLite's deferred transaction takes no write lock; PostgreSQL's repeatable read.
        using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true) : connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using var articles = connection.CreateCommand();
        articles.Transaction = transaction;
        articles.CommandText = "SELECT \"Id\", \"Source\" FROM \"Articles\" WHERE \"Id\" > @after AND \"Id\" <= @upTo ORDER BY \"Id\"";
        AddParameter(articles, "after", afterId);
        AddParameter(articles, "upTo", upToId);
        // Read the articles first: PostgreSQL has one open reader per connection.
        var articleList = new List<(long Id, string? Source)>();
        using (var articleReader = articles.ExecuteReader())
        {
            while (articleReader.Read())
            {
                articleList.Add((articleReader.GetInt64(0), articleReader.IsDBNull(1) ? null : articleReader.GetString(1)));
            }
        }

        using var mentions = connection.CreateCommand();
        mentions.Transaction = transaction;
        mentions.CommandText = $"SELECT {MentionColumns} FROM \"Mentions\" m " +
            $"WHERE m.\"ArticleId\" > @after AND m.\"ArticleId\" <= @upTo AND {Resolved} ORDER BY m.\"ArticleId\", m.\"Id\"";
        AddParameter(mentions, "after", afterId);
        AddParameter(mentions, "upTo", upToId);
        using var mentionReader = mentions.ExecuteReader();
        var pending = mentionReader.Read();
        foreach (var (articleId, source) in articleList)
        {
            builder.AddArticle(articleId, source);
            while (pending && mentionReader.GetInt64(0) == articleId)
            {
                builder.AddRow(ReadRow(mentionReader, builder));
                pending = mentionReader.Read();
            }

            // Mentions of an article the first query did not see cannot exist (one transaction), but never loop on them.
            while (pending && mentionReader.GetInt64(0) < articleId)
            {
                pending = mentionReader.Read();
            }
        }
    }

    /// <summary>The current events of one article (after a correction), in row order; its article index is set later.</summary>
    public static List<EventRow> ReadArticle(DbConnection connection, EventIndexBuilder builder, long articleId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {MentionColumns} FROM \"Mentions\" m WHERE m.\"ArticleId\" = @id AND {Resolved} ORDER BY m.\"Id\"";
        AddParameter(command, "id", articleId);
        using var reader = command.ExecuteReader();
        var rows = new List<EventRow>();
        while (reader.Read())
        {
            rows.Add(ReadRow(reader, builder));
        }

        return rows;
    }

    private static EventRow ReadRow(DbDataReader r, EventIndexBuilder builder)
    {
        var place = builder.PlaceIndex(r.GetInt64(2), r, static r => new IndexedPlace(
            r.GetInt64(2),
            r.IsDBNull(9) ? r.GetString(10) : r.GetString(9),
            r.IsDBNull(11) ? null : r.GetString(11),
            r.IsDBNull(12) ? null : Enum.Parse<PlaceLevel>(r.GetString(12)),
            r.GetDouble(13),
            r.GetDouble(14)));
        var dayStart = Day(r, 5);
        var dayEnd = Day(r, 6);
        return new EventRow(r.GetInt64(1), 0, place, dayStart, dayEnd, r.GetInt32(8), r.GetDouble(4),
            RoleOf(r.GetString(3)), PrecisionOf(r.GetString(7)));
    }

    private static void AddParameter(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // SQLite stores dates as yyyy-MM-dd text (parsed without allocating); PostgreSQL as date.
    private static int Day(DbDataReader r, int column) =>
        r.IsDBNull(column) ? EventRow.Undated
        : r.GetFieldType(column) == typeof(string) ? DayNumbers.Parse(r.GetString(column))
        : r.GetFieldValue<DateOnly>(column).DayNumber;

    // A switch rather than Enum.Parse: this runs once per row.
    private static MentionRole RoleOf(string text) => text switch
    {
        "Event" => MentionRole.Event,
        "Dateline" => MentionRole.Dateline,
        "Actor" => MentionRole.Actor,
        "Adjectival" => MentionRole.Adjectival,
        _ => Enum.Parse<MentionRole>(text, ignoreCase: true),
    };

    private static DatePrecision PrecisionOf(string text) => text switch
    {
        "Day" => DatePrecision.Day,
        "Month" => DatePrecision.Month,
        "Year" => DatePrecision.Year,
        "Unknown" => DatePrecision.Unknown,
        _ => Enum.Parse<DatePrecision>(text, ignoreCase: true),
    };
}
