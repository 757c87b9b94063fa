using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using Microsoft.EntityFrameworkCore;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

public abstract class SearchAndFiltersTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly FuzzyDate Feb27 = FuzzyDate.Day(new DateOnly(2017, 2, 27));
    private static readonly FuzzyDate Mar17 = FuzzyDate.Day(new DateOnly(2017, 3, 17));
    private TestDatabase _database = null!;
    private MapDashboardDbContext _db = null!;
    private DashboardQueries _queries = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _db = _database.Open();
        await new ArticleStore(_db).AddAsync("digest.txt", "h", [
            Article("Mosul offensive", Feb27, 0, (Mosul, Feb27), (Raqqa, Feb27)),
            Article("Raqqa battle: Tell Abyaḍ", Mar17, 1, (Raqqa, Mar17)),
        ]);
        _queries = new DashboardQueries(_db);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static SearchQuery Q(string text) =>
        SearchQuery.TryParse(text, out var query, out var error) ? query! : throw new ArgumentException(error);

    [StoreTheory]
    [InlineData("offensive", 2)]          // both events of the Mosul article
    [InlineData("OFFENSIVE", 2)]          // case-insensitive
    [InlineData("battle", 1)]
    [InlineData("abyad", 1)]              // diacritics folded
    [InlineData("Fighting reported", 3)]  // every word, anywhere
    [InlineData("\"reported in Mosul\"", 2)] // a phrase
    [InlineData("offen*", 2)]             // a prefix
    [InlineData("Mosul AND OR NOT", 0)]   // engine keywords are words, not syntax
    [InlineData("\"unbalanced", 0)]
    public async Task TextSearchMatchesTitlesAndBodies(string q, int expected)
    {
        var events = await _queries.GetEventsAsync(new EventFilter { Text = Q(q) });
        Assert.Equal(expected, events.Count);
    }

    [StoreFact]
    public void AQueryOfOnlyPunctuationIsRefusedWithAMessage()
    {
        Assert.False(SearchQuery.TryParse("\"\" -- *", out _, out var error));
        Assert.Contains("no words", error, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task TheIndexFollowsUpdatesAndDeletes()
    {
        var article = await _db.Articles.SingleAsync(a => a.Title == "Mosul offensive");
        article.Title = "Nineveh offensive";
        await _db.SaveChangesAsync();
        Assert.Equal(2, (await _queries.GetEventsAsync(new EventFilter { Text = Q("nineveh") })).Count);

        _db.Articles.Remove(article);
        await _db.SaveChangesAsync();
        Assert.Empty(await _queries.GetEventsAsync(new EventFilter { Text = Q("offensive") }));
    }

    [StoreFact]
    public async Task CountryAndLevelFiltersNarrowTheEvents()
    {
        var iraq = await _queries.GetEventsAsync(new EventFilter { Countries = new HashSet<string> { "IQ" } });
        Assert.Equal([MosulIraq], iraq.Select(e => e.PlaceId));
        Assert.Empty(await _queries.GetEventsAsync(new EventFilter { Levels = new HashSet<PlaceLevel> { PlaceLevel.Country } }));
        Assert.Equal(3, (await _queries.GetEventsAsync(new EventFilter { Levels = new HashSet<PlaceLevel> { PlaceLevel.City } })).Count);
        Assert.Empty(await _queries.GetEventsAsync(new EventFilter { Sources = new HashSet<string> { "Reuters" } }));
    }

    [StoreFact]
    public async Task FacetsCountTheFilteredEvents()
    {
        var facets = await _queries.GetFacetsAsync(new EventFilter());
        Assert.Equal([new FacetCount("SY", 2), new FacetCount("IQ", 1)], facets.Countries);
        Assert.Equal([new FacetCount("city", 3)], facets.Levels);
        Assert.Equal([new FacetCount("event", 3)], facets.Roles);

        var searched = await _queries.GetFacetsAsync(new EventFilter { Text = Q("battle") });
        Assert.Equal([new FacetCount("SY", 1)], searched.Countries);
    }
}

public sealed class SearchAndFiltersTestsOnSqlite() : SearchAndFiltersTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class SearchAndFiltersTestsOnPostgres() : SearchAndFiltersTests(DatabaseProvider.Postgres);
