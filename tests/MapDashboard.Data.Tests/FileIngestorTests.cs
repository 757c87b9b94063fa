using MapDashboard.Data.Ingestion;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Geoparsing;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Tests;

public abstract class FileIngestorTests(DatabaseProvider provider)
{
    private static readonly Lazy<Geoparser> Parser = new(() => new Geoparser(GazetteerIndex.Create([
        new Place { Id = 163843, Name = "Syria", Level = PlaceLevel.Country, CountryCode = "SY", FeatureCode = "PCLI", Latitude = 35, Longitude = 38, Population = 22_000_000 },
        new Place { Id = ParsedArticles.ArRaqqahSyria, Name = "Ar Raqqah", AlternateNames = ["Raqqa"], Level = PlaceLevel.City, CountryCode = "SY", FeatureCode = "PPLA", Latitude = 35.95283, Longitude = 39.00788, Population = 177636 },
    ])));

    [StoreFact]
    public async Task AnUnreadableFileIsReportedAndTheOthersStillGoIn()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Path.Combine(database.Directory, "inbox");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a-good.txt"), "Air strikes on Raqqa\n\nAir strikes hit Raqqa in Syria on Friday, activists said.\n");
        await File.WriteAllBytesAsync(Path.Combine(folder, "b-binary.txt"), [0xFF, 0xFE, 0x00, 0xD8, 0x00, 0xDC, 0xC3, 0x28]);
        var missing = Path.Combine(folder, "missing.txt");

        await using var db = database.Open();
        var ingestor = new FileIngestor(Parser, new ArticleStore(db));
        var results = await ingestor.IngestAsync([folder, missing]);

        Assert.Equal(3, results.Count);
        Assert.Null(results[0].Error);
        Assert.Contains("not UTF-8", results[1].Error);
        Assert.Contains("cannot read", results[2].Error);
        var mentions = await db.Mentions.Where(m => m.PlaceId == ParsedArticles.ArRaqqahSyria).ToListAsync();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal("Raqqa", m.Text));
    }

    [StoreFact]
    public async Task TheSameFileIngestedTwiceIsStoredOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Path.Combine(database.Directory, "report.txt");
        await File.WriteAllTextAsync(file, "Raqqa besieged\n\nFighting continued in Raqqa, Syria, on Friday as government forces pressed their offensive, activists said.\n\nThe city has been held by Islamic State since 2014.\n");
        await using var db = database.Open();
        var ingestor = new FileIngestor(Parser, new ArticleStore(db));

        await ingestor.IngestAsync([file]);
        var second = await ingestor.IngestAsync([file]);

        Assert.True(second[0].Result!.AlreadyIngested);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [StoreFact]
    public async Task AFolderOfManyFilesGoesInByBatchesAsFileByFile()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Path.Combine(database.Directory, "inbox");
        Directory.CreateDirectory(folder);
        // Over two batches: distinct reports, the same bytes under two names, the same report inside two files of
        // one batch, a file that is not text, and a file stored before the folder.
        const int Reports = FileIngestor.BatchFiles * 2 + 5;
        for (var i = 0; i < Reports; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"r{i:D3}.txt"), Report(i));
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "r000-copy.txt"), Report(0));
        await File.WriteAllTextAsync(Path.Combine(folder, "pair-a.json"), $"[{Json(1000)}, {Json(1001)}]");
        await File.WriteAllTextAsync(Path.Combine(folder, "pair-b.json"), $"[{Json(1000)}, {Json(1002)}]");
        await File.WriteAllBytesAsync(Path.Combine(folder, "r100-binary.txt"), [0xFF, 0xFE, 0x00, 0xD8]);
        await using var db = database.Open();
        var ingestor = new FileIngestor(Parser, new ArticleStore(db));
        var before = await ingestor.IngestFileAsync(Path.Combine(folder, "r005.txt"));

        var results = await ingestor.IngestAsync([folder]);

        var names = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, results.Select(r => r.Path));
        Assert.Contains("not UTF-8", Assert.Single(results, r => r.Error is not null).Error);
        Assert.Single([Outcome("r000-copy.txt"), Outcome("r000.txt")], r => r.AlreadyIngested);
        Assert.True(Outcome("r005.txt").AlreadyIngested);
        Assert.Equal((2, 0), (Outcome("pair-a.json").ArticlesAdded, Outcome("pair-a.json").ArticlesSkipped));
        Assert.Equal((1, 1), (Outcome("pair-b.json").ArticlesAdded, Outcome("pair-b.json").ArticlesSkipped));
        Assert.Equal(Reports + 3, await db.Articles.CountAsync());
        Assert.Equal(before.Result!.EventsAdded + results.Sum(r => r.Result?.EventsAdded ?? 0), await db.Mentions.CountAsync(m => m.PlaceId != null));
        Assert.True(results.Sum(r => r.Result?.EventsAdded ?? 0) >= Reports + 1);
        Assert.Equal(names.Count - 2, await db.SourceFiles.CountAsync());

        StoreResult Outcome(string name) => results.Single(r => Path.GetFileName(r.Path) == name).Result!;
        static string Report(int i) => $"Raqqa report {i}\n\nAir strikes hit Raqqa in Syria on day {i}, activists said.\n";
        static string Json(int i) => $$"""{"title": "Raqqa report {{i}}", "text": "Air strikes hit Raqqa in Syria on day {{i}}, activists said."}""";
    }
}

public sealed class FileIngestorTestsOnSqlite() : FileIngestorTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class FileIngestorTestsOnPostgres() : FileIngestorTests(DatabaseProvider.Postgres);
