using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Queries;
using MapDashboard.Geoparsing.Dating;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

public abstract class DashboardQueriesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly FuzzyDate Feb27 = FuzzyDate.Day(new DateOnly(2017, 2, 27));
    private static readonly FuzzyDate Mar17 = FuzzyDate.Day(new DateOnly(2017, 3, 17));
    private TestDatabase _database = null!;
    private MapDashboardDbContext _db = null!;
    private DashboardQueries _queries = null!;
    private ReferenceQueries _reference = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _db = _database.Open();
        await new ArticleStore(_db).AddAsync("digest.txt", "h", [
            Article("Mosul offensive", Feb27, 0, (Mosul, Feb27), (Raqqa, Feb27)),
            Article("Raqqa battle", Mar17, 1, (Raqqa, Mar17)),
            Article("Undated report", FuzzyDate.Unknown, 2, (Raqqa, FuzzyDate.Unknown)),
        ]);
        _queries = new DashboardQueries(_db);
        _reference = new ReferenceQueries(_db);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    [StoreFact]
    public async Task WithoutFiltersEveryEventComesBackDatedFirst()
    {
        var events = await _reference.GetEventsAsync(new EventFilter());
        Assert.Equal(4, events.Count);
        Assert.Null(events[^1].Date);
    }

    public static TheoryData<string> Filters => ["all", "march", "datedOnly", "undatedOnly", "mosulBox", "raqqa"];

    [StoreTheory]
    [MemberData(nameof(Filters))]
    public async Task StreamingGivesTheSameEventsAsTheListInIdOrder(string name)
    {
        var filter = name switch
        {
            "march" => new EventFilter { From = new DateOnly(2017, 3, 1), To = new DateOnly(2017, 3, 31) },
            "datedOnly" => new EventFilter { IncludeUndated = false },
            "undatedOnly" => new EventFilter { UndatedOnly = true },
            "mosulBox" => new EventFilter { Box = new BoundingBox(42, 35, 44, 37) },
            "raqqa" => new EventFilter { PlaceId = ArRaqqahSyria },
            _ => new EventFilter(),
        };
        var listed = await _reference.GetEventsAsync(filter);
        var streamed = await _queries.StreamEventsAsync(filter).ToListAsync();
        Assert.Equal(listed.OrderBy(e => e.Id), streamed);
        Assert.NotEmpty(streamed);
    }

    [StoreFact]
    public async Task StreamingInPagesOfOneAndMoreGivesEveryEventOnceInIdOrder()
    {
        var listed = await _reference.GetEventsAsync(new EventFilter());
        var paged = await _queries.StreamEventsAsync(new EventFilter(), firstPage: 1).ToListAsync();
        var raqqa = await _queries.StreamEventsAsync(new EventFilter { PlaceId = ArRaqqahSyria }, firstPage: 1).ToListAsync();

        // Pages of 1, 2, then 4 (the last one short): the boundaries fall between the corpus's events.
        Assert.Equal(listed.OrderBy(e => e.Id), paged);
        Assert.Equal(listed.Where(e => e.PlaceId == ArRaqqahSyria).OrderBy(e => e.Id), raqqa);
    }

    [StoreFact]
    public async Task CancellingStopsTheStream()
    {
        using var cancel = new CancellationTokenSource();
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in _queries.StreamEventsAsync(new EventFilter(), cancel.Token))
            {
                read++;
                await cancel.CancelAsync();
            }
        });
        Assert.Equal(1, read);
    }

    [StoreFact]
    public async Task ADateRangeKeepsEventsInsideItAndDropsUndatedOnRequest()
    {
        var march = await _reference.GetEventsAsync(new EventFilter { From = new DateOnly(2017, 3, 1), To = new DateOnly(2017, 3, 31), IncludeUndated = false });
        Assert.Equal(["Raqqa battle"], march.Select(e => e.Title));
    }

    [StoreFact]
    public async Task ABoundingBoxKeepsEventsInsideIt()
    {
        // Around Mosul, Iraq (43.1 E, 36.3 N), excluding Raqqa (39.0 E).
        var events = await _reference.GetEventsAsync(new EventFilter { Box = new BoundingBox(42, 35, 44, 37) });
        Assert.Equal([MosulIraq], events.Select(e => e.PlaceId));
    }

    [StoreFact]
    public async Task PlaceReportsListArticlesNewestFirstWithTheSentence()
    {
        var reports = await _reference.GetPlaceReportsAsync(ArRaqqahSyria, new EventFilter());

        Assert.NotNull(reports);
        Assert.Equal(["Raqqa battle", "Mosul offensive", "Undated report"], reports.Reports.Select(r => r.Title));
        var first = reports.Reports[0];
        Assert.Equal("Fighting was reported in Ar Raqqah.", first.Sentence);
        Assert.Equal("Ar Raqqah", first.Sentence.Substring(first.HighlightStart, first.HighlightLength));
    }

    [StoreFact]
    public async Task ArticleDetailHasMentionOffsetsIntoItsText()
    {
        var summary = (await _queries.GetArticlesAsync()).First(a => a.Title == "Mosul offensive");
        var article = await _queries.GetArticleAsync(summary.Id);

        Assert.NotNull(article);
        Assert.All(article.Mentions, m => Assert.Equal(m.Text, article.Text[m.Start..m.End]));
        Assert.Equal(2, summary.EventCount);
        Assert.Null(await _queries.GetArticleAsync(999_999));
    }
}

public sealed class DashboardQueriesTestsOnSqlite() : DashboardQueriesTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class DashboardQueriesTestsOnPostgres() : DashboardQueriesTests(DatabaseProvider.Postgres);
