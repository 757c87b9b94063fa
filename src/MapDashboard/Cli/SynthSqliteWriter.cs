using System.Diagnostics;
using System.Globalization;
using System.Text;
using MapDashboard.Data.Ingestion;
using MapDashboard.Geoparsing.Dating;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Cli;

/// <summary>What <c>synth --direct</c> stored.</summary>
internal sealed record SynthStoreResult(int Articles, int Events, int DistinctPlaces, TimeSpan Elapsed);

/// <summary>
/// Writes <see cref="SynthArticleGenerator"/>'s articles straight into the migrated SQLite store, as
/// <see cref="ArticleStore"/> would after geoparsing them: source files, articles (the full-text index follows by its
/// triggers) and resolved mentions, in the columns' EF Core formats (dates <c>yyyy-MM-dd</c>, enums by name, points as
/// WKB). Prepared statements in transactions of <see cref="ArticlesPerTransaction"/> articles: a million events in
/// about a minute, where geoparsing them would take hours. <see cref="SynthPostgresWriter"/> is its PostgreSQL twin.
/// </summary>
internal static class SynthSqliteWriter
{
    /// <summary>Articles per source file row (a synthetic "file" of reports).</summary>
    public const int ArticlesPerFile = 1_000;

    /// <summary>Articles per transaction: big enough that commits cost little, small enough to bound the journal.</summary>
    public const int ArticlesPerTransaction = 20_000;

    private const string InsertFile =
        "INSERT INTO SourceFiles (Id, Name, ContentHash, IngestedAtUtc, ArticleCount) VALUES ($id, $name, $hash, $at, $count)";

    private const string InsertArticle =
        "INSERT INTO Articles (Id, Title, Text, BodyOffset, Source, Url, SourceName, Position, Date, DatePrecision, ContentHash, IngestedAtUtc, SourceFileId) " +
        "VALUES ($id, $title, $text, $body, $source, NULL, $file, $position, $date, $precision, $hash, $at, $fileId)";

    private const string InsertMention =
        "INSERT INTO Mentions (ArticleId, Start, Length, Text, Role, PlaceId, PlaceName, CountryCode, Level, Location, Longitude, Latitude, " +
        "Confidence, Evidence, Alternatives, Date, DatePrecision, DateStart, DateEnd, SentenceStart, SentenceLength, Review) " +
        "VALUES ($article, $start, $length, $text, $role, $place, $name, $country, $level, $location, $lon, $lat, " +
        "$confidence, 'synthetic', '', $date, $precision, $dateStart, $dateEnd, $sentenceStart, $sentenceLength, 'None')";

    /// <summary>Writes articles until exactly <paramref name="events"/> resolved mentions are stored.</summary>
    public static SynthStoreResult Write(string connectionString, SynthArticleGenerator generator, int events, int seed, DateTime ingestedAtUtc)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY;");
        var fileId = NextId(connection, "SourceFiles");
        var articleId = NextId(connection, "Articles");
        var at = ingestedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var places = new HashSet<long>();
        int written = 0, articles = 0;
        foreach (var batch in generator.Articles(events).Chunk(ArticlesPerTransaction))
        {
            using var transaction = connection.BeginTransaction();
            using var file = Prepare(connection, transaction, InsertFile, "$id", "$name", "$hash", "$at", "$count");
            using var article = Prepare(connection, transaction, InsertArticle,
                "$id", "$title", "$text", "$body", "$source", "$file", "$position", "$date", "$precision", "$hash", "$at", "$fileId");
            using var mention = Prepare(connection, transaction, InsertMention,
                "$article", "$start", "$length", "$text", "$role", "$place", "$name", "$country", "$level", "$location", "$lon", "$lat",
                "$confidence", "$date", "$precision", "$dateStart", "$dateEnd", "$sentenceStart", "$sentenceLength");
            foreach (var fileArticles in batch.Chunk(ArticlesPerFile))
            {
                var fileName = SynthArticleGenerator.FileName(seed, fileId);
                // The file row first: articles refer to it (foreign keys are on).
                Run(file, fileId, fileName, ArticleStore.Hash(Encoding.UTF8.GetBytes(fileName)), at, fileArticles.Length);
                for (var position = 0; position < fileArticles.Length; position++, articleId++, articles++)
                {
                    var next = fileArticles[position];
                    Run(article, articleId, next.Title, next.Text, next.BodyOffset, next.Source, fileName, position, Day(next.Date),
                        next.Precision.ToString(), ArticleStore.Hash(Encoding.UTF8.GetBytes(next.Text)), at, fileId);
                    foreach (var m in next.Mentions)
                    {
                        var place = m.Place.Place;
                        var (start, end) = DateInterval.Of(new FuzzyDate(m.Date, m.Precision));
                        Run(mention, articleId, m.Start, m.Length, m.Text, m.Role.ToString(), place.Id, place.Name,
                            place.CountryCode.Length == 0 ? null : place.CountryCode, place.Level.ToString(), m.Place.LocationWkb,
                            place.Longitude, place.Latitude, m.Confidence, Day(m.Date), m.Precision.ToString(), Day(start), Day(end),
                            m.SentenceStart, m.SentenceLength);
                        places.Add(place.Id);
                    }

                    written += next.Mentions.Count;
                }

                fileId++;
            }

            transaction.Commit();
        }

        return new SynthStoreResult(articles, written, places.Count, watch.Elapsed);
    }

    private static long NextId(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT coalesce(max(Id), 0) + 1 FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql) => Execute(connection, null, sql);

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
