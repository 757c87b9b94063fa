using System.Text;
using MapDashboard.Data.Ingestion;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Tests;

public abstract class ConcurrentIngestionTests(DatabaseProvider provider)
{
    private static readonly Lazy<Geoparser> Parser = new(() => new Geoparser(GazetteerIndex.Create([
        new Place { Id = ParsedArticles.ArRaqqahSyria, Name = "Ar Raqqah", AlternateNames = ["Raqqa"], Level = PlaceLevel.City, CountryCode = "SY", FeatureCode = "PPLA", Latitude = 35.95283, Longitude = 39.00788, Population = 177636 },
    ])));

    [StoreFact]
    public async Task TheSameFileStoredByManyAtOnceIsStoredOnceAndNoneFails()
    {
        // Several requests importing one file raced past the "already stored?" check: the losers threw
        // "UNIQUE constraint failed: SourceFiles.ContentHash".
        await using var database = await TestDatabase.CreateAsync(provider);
        var bytes = Encoding.UTF8.GetBytes("Air strikes on Raqqa\n\nAir strikes hit Raqqa on Friday, activists said.\n");
        var parsed = Parser.Value.Parse(new Geoparsing.Splitting.SourceDocument("raqqa.txt", Encoding.UTF8.GetString(bytes)));
        var hash = ArticleStore.Hash(bytes);

        for (var round = 0; round < 5; round++)
        {
            var roundHash = hash + round;
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                await using var db = database.Open();
                return await new ArticleStore(db).AddAsync("raqqa.txt", roundHash, parsed);
            }));
            Assert.Single(results, r => !r.AlreadyIngested);
        }

        await using var check = database.Open();
        Assert.Equal(5, await check.SourceFiles.CountAsync());
    }

    [StoreFact]
    public async Task AnArticleInManyFilesStoredAtOnceIsStoredOnceAndEveryFileGoesIn()
    {
        // Several ingesters (processes or machines on one database) store different files that share an article:
        // the article's unique content hash refused all but the first, and those files failed as a whole.
        await using var database = await TestDatabase.CreateAsync(provider);
        var shared = ParsedArticles.Article("Raqqa battle", FuzzyDate.Unknown, 0, (ParsedArticles.Raqqa, FuzzyDate.Unknown));
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await using var db = database.Open();
            var own = ParsedArticles.Article($"Report {i} from Raqqa", FuzzyDate.Unknown, 1, (ParsedArticles.Raqqa, FuzzyDate.Unknown));
            return await new ArticleStore(db).AddAsync($"file-{i}.txt", $"file-{i}", [shared, own]);
        }));

        Assert.All(results, r => Assert.False(r.AlreadyIngested));
        Assert.Equal(1 + 6, results.Sum(r => r.ArticlesAdded));
        await using var check = database.Open();
        Assert.Equal((6, 7), (await check.SourceFiles.CountAsync(), await check.Articles.CountAsync()));
    }

    [StoreFact]
    public async Task ControlCharactersAreStrippedBeforeStoring()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var ingestor = new FileIngestor(Parser, new ArticleStore(db));

        var result = await ingestor.IngestBytesAsync("nul.txt", Encoding.UTF8.GetBytes("Air\0 strikes on Raqqa\u0007\n\nAir strikes hit\u001b Raqqa\u0085 on Friday.\tActivists said.\r\n"));

        Assert.Null(result.Error);
        var text = (await db.Articles.SingleAsync()).Text;
        Assert.Equal("Air strikes on Raqqa\n\nAir strikes hit Raqqa on Friday.\tActivists said.", text.Replace("\r", "", StringComparison.Ordinal).TrimEnd());
    }
}

public sealed class ConcurrentIngestionTestsOnSqlite() : ConcurrentIngestionTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class ConcurrentIngestionTestsOnPostgres() : ConcurrentIngestionTests(DatabaseProvider.Postgres);
