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
    private ReferenceQueries _queries = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _db = _database.Open();
        await new ArticleStore(_db).AddAsync("digest.txt", "h", [
            Article("Mosul offensive", Feb27, 0, (Mosul, Feb27), (Raqqa, Feb27)),
            Article("Raqqa battle: Tell Abyaḍ", Mar17, 1, (Raqqa, Mar17)),
        ]);
        _queries = new ReferenceQueries(_db);
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
    [InlineData("offensive OR battle", 3)]
    [InlineData("mosul NOT battle", 2)]   // the Mosul article, both its events
    [InlineData("raqqa NOT mosul", 1)]    // the Raqqa article only
    [InlineData("raqqa NOT (mosul OR abyad)", 0)]
    [InlineData("(offensive OR battle) AND fighting", 3)]
    [InlineData("\"was reported in\" NOT offen*", 1)]
    [InlineData("Tell-Abyad", 1)]         // a hyphenated name is a phrase
    [InlineData("battle NEAR fighting", 0)] // FTS5's NEAR is a word here, and no article has it
    public async Task TextSearchMatchesTitlesAndBodies(string q, int expected)
    {
        var events = await _queries.GetEventsAsync(new EventFilter { Text = Q(q) });
        Assert.Equal(expected, events.Count);
    }

    /// <summary>Whatever a user types is a message or an answer, never an error from the engine's query syntax.</summary>
    [StoreTheory]
    [InlineData("a:b")]
    [InlineData("raqqa^ {mosul} col:raqqa + - ! & | <-> ' \\")]
    [InlineData("\"a\" \"\" * ** *raqqa")]
    [InlineData("((raqqa)) OR ((mosul NOT (abyad)))")]
    [InlineData("NEAR(raqqa mosul, 2)")]
    public async Task NoTextIsEngineSyntax(string q)
    {
        if (SearchQuery.TryParse(q, out var query, out _))
        {
            await _queries.GetEventsAsync(new EventFilter { Text = query });
        }
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
