using System.Diagnostics;
using System.Text;
using MapDashboard.Data.Ingestion;
using MapDashboard.Geoparsing.Dating;
using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Cli;

/// <summary>
/// Writes <see cref="SynthArticleGenerator"/>'s articles straight into the migrated PostgreSQL store, the same rows as
/// <see cref="SynthSqliteWriter"/> writes into SQLite, with binary <c>COPY</c> (one per table and transaction of
/// <see cref="SynthSqliteWriter.ArticlesPerTransaction"/> articles): row-by-row inserts cost a round trip each, and
/// a million events are ~1.4 million rows. The articles' <c>SearchVector</c> is a generated column: the server fills it.
/// Ids of files and articles are given (mentions point at them), then the identity sequences are moved past them: a
/// bench's store, which nothing else writes to while it is filled.
/// </summary>
internal static class SynthPostgresWriter
{
    private const string CopyFiles =
        """COPY "SourceFiles" ("Id", "Name", "ContentHash", "IngestedAtUtc", "ArticleCount") FROM STDIN (FORMAT BINARY)""";

    private const string CopyArticles =
        "COPY \"Articles\" (\"Id\", \"Title\", \"Text\", \"BodyOffset\", \"Source\", \"Url\", \"SourceName\", \"Position\", \"Date\", \"DatePrecision\", " +
        "\"ContentHash\", \"IngestedAtUtc\", \"SourceFileId\") FROM STDIN (FORMAT BINARY)";

    private const string CopyMentions =
        "COPY \"Mentions\" (\"ArticleId\", \"Start\", \"Length\", \"Text\", \"Role\", \"PlaceId\", \"PlaceName\", \"CountryCode\", \"Level\", \"Location\", " +
        "\"Longitude\", \"Latitude\", \"Confidence\", \"Evidence\", \"Alternatives\", \"Date\", \"DatePrecision\", \"DateStart\", \"DateEnd\", " +
        "\"SentenceStart\", \"SentenceLength\", \"Review\") FROM STDIN (FORMAT BINARY)";

    private static readonly string[] Tables = ["SourceFiles", "Articles", "Mentions"];

    /// <summary>Writes articles until exactly <paramref name="events"/> resolved mentions are stored.</summary>
    /// <exception cref="PostgresException">23505 (unique violation) when this seed's articles are stored already.</exception>
    public static SynthStoreResult Write(string connectionString, SynthArticleGenerator generator, int events, int seed, DateTime ingestedAtUtc)
    {
        var watch = Stopwatch.StartNew();
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        using var dataSource = builder.Build();
        using var connection = dataSource.OpenConnection();
        var fileId = NextId(connection, "SourceFiles");
        var articleId = NextId(connection, "Articles");
        var at = DateTime.SpecifyKind(ingestedAtUtc, DateTimeKind.Utc);
        var places = new HashSet<long>();
        int written = 0, articles = 0;
        foreach (var batch in generator.Articles(events).Chunk(SynthSqliteWriter.ArticlesPerTransaction))
        {
            using var transaction = connection.BeginTransaction();
            var files = batch.Chunk(SynthSqliteWriter.ArticlesPerFile)
                .Select((fileArticles, i) => (Id: fileId + i, Name: SynthArticleGenerator.FileName(seed, fileId + i), Articles: fileArticles))
                .ToList();
            using (var copy = connection.BeginBinaryImport(CopyFiles))
            {
                foreach (var file in files)
                {
                    copy.StartRow();
                    copy.Write(file.Id, NpgsqlDbType.Bigint);
                    copy.Write(file.Name, NpgsqlDbType.Text);
                    copy.Write(ArticleStore.Hash(Encoding.UTF8.GetBytes(file.Name)), NpgsqlDbType.Text);
                    copy.Write(at, NpgsqlDbType.TimestampTz);
                    copy.Write(file.Articles.Length, NpgsqlDbType.Integer);
                }

                copy.Complete();
            }

            using (var copy = connection.BeginBinaryImport(CopyArticles))
            {
                var id = articleId;
                foreach (var file in files)
                {
                    for (var position = 0; position < file.Articles.Length; position++, id++)
                    {
                        var article = file.Articles[position];
                        copy.StartRow();
                        copy.Write(id, NpgsqlDbType.Bigint);
                        copy.Write(article.Title, NpgsqlDbType.Text);
                        copy.Write(article.Text, NpgsqlDbType.Text);
                        copy.Write(article.BodyOffset, NpgsqlDbType.Integer);
                        WriteOrNull(copy, article.Source, NpgsqlDbType.Text);
                        copy.WriteNull();
                        copy.Write(file.Name, NpgsqlDbType.Text);
                        copy.Write(position, NpgsqlDbType.Integer);
                        WriteOrNull(copy, article.Date, NpgsqlDbType.Date);
                        copy.Write(article.Precision.ToString(), NpgsqlDbType.Varchar);
                        copy.Write(ArticleStore.Hash(Encoding.UTF8.GetBytes(article.Text)), NpgsqlDbType.Text);
                        copy.Write(at, NpgsqlDbType.TimestampTz);
                        copy.Write(file.Id, NpgsqlDbType.Bigint);
                    }
                }

                copy.Complete();
            }

            using (var copy = connection.BeginBinaryImport(CopyMentions))
            {
                foreach (var article in batch)
                {
                    foreach (var m in article.Mentions)
                    {
                        WriteMention(copy, articleId, m);
                        places.Add(m.Place.Place.Id);
                    }

                    articleId++;
                    articles++;
                    written += article.Mentions.Count;
                }

                copy.Complete();
            }

            transaction.Commit();
            fileId += files.Count;
        }

        Finish(connection);
        return new SynthStoreResult(articles, written, places.Count, watch.Elapsed);
    }

    private static void WriteMention(NpgsqlBinaryImporter copy, long articleId, SynthMention m)
    {
        var place = m.Place.Place;
        var (start, end) = DateInterval.Of(new FuzzyDate(m.Date, m.Precision));
        copy.StartRow();
        copy.Write(articleId, NpgsqlDbType.Bigint);
        copy.Write(m.Start, NpgsqlDbType.Integer);
        copy.Write(m.Length, NpgsqlDbType.Integer);
        copy.Write(m.Text, NpgsqlDbType.Text);
        copy.Write(m.Role.ToString(), NpgsqlDbType.Varchar);
        copy.Write(place.Id, NpgsqlDbType.Bigint);
        copy.Write(place.Name, NpgsqlDbType.Text);
        WriteOrNull(copy, place.CountryCode.Length == 0 ? null : place.CountryCode, NpgsqlDbType.Varchar);
        copy.Write(place.Level.ToString(), NpgsqlDbType.Varchar);
        copy.Write(m.Place.Location, "geometry");
        copy.Write(place.Longitude, NpgsqlDbType.Double);
        copy.Write(place.Latitude, NpgsqlDbType.Double);
        copy.Write(m.Confidence, NpgsqlDbType.Double);
        copy.Write("synthetic", NpgsqlDbType.Text);
        copy.Write("", NpgsqlDbType.Text);
        WriteOrNull(copy, m.Date, NpgsqlDbType.Date);
        copy.Write(m.Precision.ToString(), NpgsqlDbType.Varchar);
        WriteOrNull(copy, start, NpgsqlDbType.Date);
        WriteOrNull(copy, end, NpgsqlDbType.Date);
        copy.Write(m.SentenceStart, NpgsqlDbType.Integer);
        copy.Write(m.SentenceLength, NpgsqlDbType.Integer);
        copy.Write("None", NpgsqlDbType.Varchar);
    }

    // The given ids leave the identity sequences behind: the next insert by the app must not collide with them.
    // ANALYZE so the planner knows the tables' new sizes before the first query (autovacuum would, a minute later).
    private static void Finish(NpgsqlConnection connection)
    {
        foreach (var table in Tables)
        {
            Execute(connection, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT coalesce(max("Id"), 0) + 1 FROM "{table}"), false)""");
        }

        Execute(connection, $"ANALYZE {string.Join(", ", Tables.Select(t => $"\"{t}\""))}");
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : class
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static long NextId(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand($"""SELECT coalesce(max("Id"), 0) + 1 FROM "{table}" """, connection);
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
