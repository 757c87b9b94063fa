using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Queries;
using MapDashboard.Geoparsing.Dating;
using Microsoft.EntityFrameworkCore;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

public abstract class ArticleStoreTests(DatabaseProvider provider)
{
    private static readonly FuzzyDate March17 = FuzzyDate.Day(new DateOnly(2017, 3, 17));

    [StoreFact]
    public async Task StoresArticlesWithPointEvents()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var result = await new ArticleStore(db).AddAsync("digest.txt", "hash1", [Article("Raqqa", March17, 0, (Raqqa, March17))]);

        Assert.Equal(new StoreResult(false, 1, 0, 1, 0), result);
        var mention = await db.Mentions.SingleAsync();
        Assert.Equal(ArRaqqahSyria, mention.PlaceId);
        Assert.Equal(4326, mention.Location!.SRID);
        Assert.Equal(39.00788, mention.Location.X, 5); // X is longitude
        Assert.Equal(35.95283, mention.Location.Y, 5);
        Assert.Equal((new DateOnly(2017, 3, 17), new DateOnly(2017, 3, 17)), (mention.DateStart, mention.DateEnd));
    }

    [StoreFact]
    public async Task StoredColumnsAreThoseEntityFrameworkWrites()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await new ArticleStore(db).AddAsync("digest.txt", "hash1", [Article("Raqqa", March17, 0, (Raqqa, March17))]);
        // The same rows again through SaveChanges, under other keys: every column but the keys must read the same.
        var file = await db.SourceFiles.AsNoTracking().Include(f => f.Articles).ThenInclude(a => a.Mentions).SingleAsync();
        file.Id = 0;
        file.ContentHash = "hash2";
        foreach (var article in file.Articles)
        {
            (article.Id, article.SourceFileId, article.ContentHash) = (0, 0, "copy");
            article.Mentions.ForEach(m => (m.Id, m.ArticleId) = (0, 0));
        }

        db.SourceFiles.Add(file);
        await db.SaveChangesAsync();
        await db.Database.OpenConnectionAsync();

        foreach (var rows in new[] { Columns("SourceFiles", "Id", "ContentHash"), Columns("Articles", "Id", "SourceFileId", "ContentHash"), Columns("Mentions", "Id", "ArticleId") })
        {
            Assert.Equal(2, rows.Count);
            Assert.Equal(rows[1], rows[0]);
        }

        List<string> Columns(string table, params string[] keys)
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Where(i => !keys.Contains(reader.GetName(i)))
                    .Select(i => $"{reader.GetName(i)}={reader.GetDataTypeName(i)}:{(reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : reader.GetValue(i))}")));
            }

            return rows;
        }
    }

    [StoreFact]
    public async Task TheSameFileIsStoredOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var store = new ArticleStore(db);
        await store.AddAsync("digest.txt", "hash1", [Article("Raqqa", March17, 0, (Raqqa, March17))]);
        var again = await store.AddAsync("digest-copy.txt", "hash1", [Article("Raqqa", March17, 0, (Raqqa, March17))]);

        Assert.True(again.AlreadyIngested);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [StoreFact]
    public async Task AnArticleRepeatedInAnotherFileIsStoredOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var store = new ArticleStore(db);
        await store.AddAsync("a.txt", "hash-a", [Article("Raqqa", March17, 0, (Raqqa, March17))]);
        var second = await store.AddAsync("b.txt", "hash-b", [Article("Raqqa", March17, 0, (Raqqa, March17)), Article("Mosul", March17, 1, (Mosul, March17))]);

        Assert.Equal((1, 1), (second.ArticlesAdded, second.ArticlesSkipped));
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [StoreFact]
    public async Task MonthPrecisionCoversTheWholeMonth()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await new ArticleStore(db).AddAsync("a.txt", "h", [Article("Mosul", FuzzyDate.Month(2017, 2), 0, (Mosul, FuzzyDate.Month(2017, 2)))]);
        var queries = new ReferenceQueries(db);

        var lateFebruary = await queries.GetEventsAsync(new EventFilter { From = new DateOnly(2017, 2, 27), To = new DateOnly(2017, 3, 5) });
        var march = await queries.GetEventsAsync(new EventFilter { From = new DateOnly(2017, 3, 1), To = new DateOnly(2017, 3, 31) });

        Assert.Single(lateFebruary);
        Assert.Empty(march);
    }
}

public sealed class ArticleStoreTestsOnSqlite() : ArticleStoreTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class ArticleStoreTestsOnPostgres() : ArticleStoreTests(DatabaseProvider.Postgres);
