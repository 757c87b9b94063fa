using MapDashboard.Data.Corrections;
using MapDashboard.Data.Index;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using Microsoft.EntityFrameworkCore;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

/// <summary>
/// The map page's index answers as the SQL filter does: the same events, reports and places for every kind of
/// filter, so the two definitions of a filter provably agree.
/// </summary>
public abstract class IndexedMapViewQueriesTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private static readonly BoundingBox World = new(-180, -90, 180, 90);
    private TestDatabase _database = null!;
    private MapDashboardDbContext _db = null!;
    private ReferenceQueries _reference = null!;
    private IndexedMapViewQueries _queries = null!;
    private EventIndex _index = null!;
    private EventIndexChanges _changes = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _db = _database.Open();
        await new ArticleStore(_db).AddAsync("corpus.txt", "corpus", MapViewCorpus.Articles());
        _reference = new ReferenceQueries(_db);
        var options = new EventIndexOptions(_database.ConnectionString) { Provider = provider, RefreshInterval = TimeSpan.Zero };
        _changes = new EventIndexChanges();
        _index = new EventIndex(options, _changes);
        _queries = new IndexedMapViewQueries(_index, new MapViewCache(), _db.CreateArticleSearch(), options);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    public void Dispose()
    {
        _index?.Dispose();
        GC.SuppressFinalize(this);
    }

    public static TheoryData<string> FilterNames => [.. Filters.Keys];

    private static readonly Dictionary<string, EventFilter> Filters = new()
    {
        ["everything"] = new EventFilter(),
        ["first half of 2017, dated only"] = new EventFilter { From = new(2017, 1, 1), To = new(2017, 6, 30), IncludeUndated = false },
        ["first half of 2017 and undated"] = new EventFilter { From = new(2017, 1, 1), To = new(2017, 6, 30) },
        ["from March 2017 on"] = new EventFilter { From = new(2017, 3, 1), IncludeUndated = false },
        ["undated only"] = new EventFilter { UndatedOnly = true, From = new(2017, 1, 1) },
        ["dated only"] = new EventFilter { IncludeUndated = false },
        ["box around Syria"] = new EventFilter { Box = new BoundingBox(36, 32, 42, 37.5) },
        ["event and dateline roles"] = new EventFilter { Roles = new HashSet<MentionRole> { MentionRole.Event, MentionRole.Dateline } },
        ["Syria and Russia"] = new EventFilter { Countries = new HashSet<string> { "SY", "RU" } },
        ["Reuters and no source"] = new EventFilter { Sources = new HashSet<string> { "Reuters", "" } },
        ["TASS"] = new EventFilter { Sources = new HashSet<string> { "TASS" } },
        ["cities and countries"] = new EventFilter { Levels = new HashSet<PlaceLevel> { PlaceLevel.City, PlaceLevel.Country } },
        ["confidence at least 0.75"] = new EventFilter { MinConfidence = 0.75 },
        ["confidence at least 0.9"] = new EventFilter { MinConfidence = 0.9 },
        ["text offensive"] = new EventFilter { Text = Q("offensive") },
        ["text nothing"] = new EventFilter { Text = Q("nowhere") },
        ["up to the 40th article"] = new EventFilter { MaxArticleId = 40 },
        ["Raqqa only"] = new EventFilter { PlaceId = ArRaqqahSyria },
        ["all at once"] = new EventFilter
        {
            From = new(2016, 6, 1), To = new(2018, 3, 31), Countries = new HashSet<string> { "SY", "IQ" }, Text = Q("ceasefire"),
            MinConfidence = 0.5, Roles = new HashSet<MentionRole> { MentionRole.Event, MentionRole.Actor }, MaxArticleId = 80,
        },
    };

    private static SearchQuery Q(string text) =>
        SearchQuery.TryParse(text, out var query, out var error) ? query! : throw new ArgumentException(error);

    [StoreTheory]
    [MemberData(nameof(FilterNames))]
    public async Task CountsAgreeWithTheSqlFilter(string name)
    {
        var filter = Filters[name];
        var events = await _reference.GetEventsAsync(filter);

        var counts = await _queries.CountAsync(filter);

        Assert.Equal(new EventCounts(events.Select(e => e.ArticleId).Distinct().Count(), events.Count, events.Select(e => e.PlaceId).Distinct().Count()), counts);
    }

    [StoreTheory]
    [MemberData(nameof(FilterNames))]
    public async Task TheReportListHoldsExactlyTheMatchingArticlesNewestFirst(string name)
    {
        var filter = Filters[name];
        var events = await _reference.GetEventsAsync(filter);
        var expected = ListOrder(events);

        var listed = new List<ReportListItem>();
        for (var offset = 0; ; offset += 7)
        {
            var page = await _queries.GetReportPageAsync(filter, offset, 7);
            listed.AddRange(page);
            if (page.Count < 7)
            {
                break;
            }
        }

        Assert.Equal(expected, listed.Select(r => r.ArticleId));
        foreach (var report in listed)
        {
            var places = events.Where(e => e.ArticleId == report.ArticleId).Select(e => e.PlaceId).Distinct().ToList();
            Assert.Equal(places.Count, report.PlaceCount);
            Assert.Equal(Math.Min(3, places.Count), report.Places.Count);
            Assert.StartsWith("Report ", report.Title, StringComparison.Ordinal);
        }
    }

    /// <summary>The list's order from the SQL events: newest matching event first, undated last, ties by article id descending.</summary>
    private static List<long> ListOrder(IEnumerable<EventRecord> events) =>
    [
        .. events.GroupBy(e => e.ArticleId)
            .Select(g => (Id: g.Key, Newest: g.Max(e => e.Date)))
            .OrderBy(a => a.Newest is null).ThenByDescending(a => a.Newest).ThenByDescending(a => a.Id)
            .Select(a => a.Id),
    ];

    [StoreTheory]
    [MemberData(nameof(FilterNames))]
    public async Task MarkersKeepEveryEventAtEveryZoom(string name)
    {
        var filter = Filters[name] with { Box = null };
        var count = await _queries.CountAsync(filter);
        foreach (var zoom in new[] { 0, 3, 6, 12 })
        {
            var markers = await _queries.GetMarkersAsync(filter, World, zoom);
            Assert.Equal(count.Events, markers.Points.Sum(m => m.Events) + markers.Areas.Sum(m => m.Events));
            Assert.Equal(count.Places, markers.Points.Sum(m => m.Places) + markers.Areas.Count);
            Assert.All(markers.Areas, a => Assert.True(a.IsPlace && a.Level is PlaceLevel.Country or PlaceLevel.Admin1));
        }
    }

    /// <summary>Views zoomed in far enough that every point marker is one place: small boxes around the corpus's places.</summary>
    private static readonly BoundingBox[] CloseViews =
        [new(38, 35, 40, 37), new(42, 35.5, 44, 37), new(35.5, 33, 37.5, 35), new(-10, 30, 10, 50)];

    [StoreTheory]
    [MemberData(nameof(FilterNames))]
    public async Task ZoomedInMarkersCountEachPlacesEventsAndReportsAsTheSqlFilterDoes(string name)
    {
        var filter = Filters[name] with { Box = null };
        var events = await _reference.GetEventsAsync(filter);
        foreach (var box in CloseViews)
        {
            var markers = await _queries.GetMarkersAsync(filter, box, 12);
            var inView = events.Where(e => e.Level is not (PlaceLevel.Country or PlaceLevel.Admin1) && box.Contains(e.Longitude, e.Latitude))
                .GroupBy(e => e.PlaceId).ToDictionary(g => g.Key, g => (Events: g.Count(), Reports: g.Select(e => e.ArticleId).Distinct().Count()));
            Assert.All(markers.Points, m => Assert.True(m.IsPlace));
            Assert.Equal(inView.OrderBy(p => p.Key), markers.Points.Select(m => KeyValuePair.Create(m.PlaceId!.Value, (m.Events, m.Reports))).OrderBy(p => p.Key));
            var areas = events.Where(e => e.Level is PlaceLevel.Country or PlaceLevel.Admin1)
                .GroupBy(e => e.PlaceId).ToDictionary(g => g.Key, g => (Events: g.Count(), Reports: g.Select(e => e.ArticleId).Distinct().Count()));
            Assert.Equal(areas.OrderBy(p => p.Key), markers.Areas.Select(m => KeyValuePair.Create(m.PlaceId!.Value, (m.Events, m.Reports))).OrderBy(p => p.Key));

            // The view's own counts, narrowed from the rows the markers found (the filter without its box).
            var boxed = events.Where(e => box.Contains(e.Longitude, e.Latitude)).ToList();
            Assert.Equal(new EventCounts(boxed.Select(e => e.ArticleId).Distinct().Count(), boxed.Count, boxed.Select(e => e.PlaceId).Distinct().Count()),
                await _queries.CountAsync(filter with { Box = box }));
        }
    }

    /// <summary>Views from the world (every place: the rows without the box, as they are) to a city's, via a region.</summary>
    private static readonly BoundingBox[] ViewsOfEveryScale = [World, new(25, 20, 60, 45), .. CloseViews];

    [StoreTheory]
    [MemberData(nameof(FilterNames))]
    public async Task AViewsCountsAndListAfterItsMarkersAreThoseOfTheEventsInItsBox(string name)
    {
        var unboxed = Filters[name] with { Box = null };
        foreach (var box in ViewsOfEveryScale)
        {
            // The map page asks the markers first: the view's counts and list are then found from the rows they read.
            await _queries.GetMarkersAsync(unboxed, box, 5);
            var filter = unboxed with { Box = box };
            var events = await _reference.GetEventsAsync(filter);

            var counts = await _queries.CountAsync(filter);
            var listed = await _queries.GetReportPageAsync(filter, 0, ListPageSize);

            Assert.Equal(new EventCounts(events.Select(e => e.ArticleId).Distinct().Count(), events.Count, events.Select(e => e.PlaceId).Distinct().Count()), counts);
            Assert.Equal(ListOrder(events).Take(ListPageSize), listed.Select(r => r.ArticleId));
        }
    }

    /// <summary>The list page the map page asks for.</summary>
    private const int ListPageSize = 50;

    /// <summary>Filters with facet choices, for the panel's counts: each facet's own choice must be left out of its counts.</summary>
    private static readonly Dictionary<string, EventFilter> FacetFilters = new()
    {
        ["everything"] = new EventFilter(),
        ["event role, first half of 2017"] = new EventFilter
        {
            Roles = new HashSet<MentionRole> { MentionRole.Event }, From = new(2017, 1, 1), To = new(2017, 6, 30), IncludeUndated = false,
        },
        ["Syria cities from Reuters or no source"] = new EventFilter
        {
            Countries = new HashSet<string> { "SY" }, Levels = new HashSet<PlaceLevel> { PlaceLevel.City },
            Sources = new HashSet<string> { "Reuters", "" },
        },
        ["every facet chosen, text and confidence"] = new EventFilter
        {
            Roles = new HashSet<MentionRole> { MentionRole.Event, MentionRole.Actor }, Levels = new HashSet<PlaceLevel> { PlaceLevel.City, PlaceLevel.Country },
            Countries = new HashSet<string> { "SY", "IQ" }, Sources = new HashSet<string> { "TASS", "SANA" }, Text = Q("ceasefire"), MinConfidence = 0.5,
        },
        ["box around Syria, undated only"] = new EventFilter { Box = new BoundingBox(36, 32, 42, 37.5), UndatedOnly = true },
    };

    public static TheoryData<string> FacetFilterNames => [.. FacetFilters.Keys];

    [StoreTheory]
    [MemberData(nameof(FacetFilterNames))]
    public async Task FacetsCountTheReportsEachValueWouldShowLeavingOutTheFacetsOwnChoice(string name)
    {
        var filter = FacetFilters[name];
        var sources = await _db.Articles.ToDictionaryAsync(a => a.Id, a => a.Source ?? "");

        var facets = await _queries.GetFacetsAsync(filter);

        // Straight from the SQL filter: the events with the facet's own choice removed, grouped by value (a place
        // with no country counts in no country; an article with no source under "").
        async Task<List<FacetCount>> Expected(EventFilter open, Func<EventRecord, string> value, bool country = false) =>
        [
            .. (await _reference.GetEventsAsync(open)).Where(e => value(e).Length > 0 || !country).GroupBy(value)
                .Select(g => new FacetCount(g.Key, g.Count()) { Reports = g.Select(e => e.ArticleId).Distinct().Count() })
                .OrderBy(c => c.Value, StringComparer.Ordinal),
        ];
        static List<FacetCount> Sorted(IEnumerable<FacetCount> counts) => [.. counts.OrderBy(c => c.Value, StringComparer.Ordinal)];
        Assert.Equal(await Expected(filter with { Roles = null }, e => e.Role.ToString().ToLowerInvariant()), Sorted(facets.Roles));
        Assert.Equal(await Expected(filter with { Levels = null }, e => e.Level.ToString().ToLowerInvariant()), Sorted(facets.Levels));
        Assert.Equal(await Expected(filter with { Countries = null }, e => e.Country, country: true), Sorted(facets.Countries));
        Assert.Equal(await Expected(filter with { Sources = null }, e => sources[e.ArticleId]), Sorted(facets.Sources));
        Assert.Equal(facets.Roles.OrderByDescending(c => c.Reports).Select(c => c.Reports), facets.Roles.Select(c => c.Reports));
    }

    [StoreFact]
    public async Task AFacetsOwnChoiceChangesOnlyTheOtherFacetsCounts()
    {
        var open = await _queries.GetFacetsAsync(new EventFilter());
        var eventsOnly = await _queries.GetFacetsAsync(new EventFilter { Roles = new HashSet<MentionRole> { MentionRole.Event } });

        // Ticking "event" leaves every role's count as it was, and the countries count only event mentions.
        Assert.Equal(open.Roles, eventsOnly.Roles);
        Assert.Equal(4, open.Roles.Count);
        var events = await _reference.GetEventsAsync(new EventFilter { Roles = new HashSet<MentionRole> { MentionRole.Event } });
        Assert.Equal(events.Where(e => e.Country == "SY").Select(e => e.ArticleId).Distinct().Count(), eventsOnly.Countries.Single(c => c.Value == "SY").Reports);
        Assert.True(eventsOnly.Countries.Single(c => c.Value == "SY").Reports < open.Countries.Single(c => c.Value == "SY").Reports);
    }

    [StoreTheory]
    [MemberData(nameof(FacetFilterNames))]
    public async Task FacetsWithinTheWholeFilterAreTheSqlFacets(string name)
    {
        var filter = FacetFilters[name];
        var reference = await _reference.GetFacetsAsync(filter);

        var facets = (await _queries.GetFacetsAsync(filter)).Within(filter);

        static List<(string, int)> Events(IEnumerable<FacetCount> counts) => [.. counts.Select(c => (c.Value, c.Count))];
        Assert.Equal(Events(reference.Roles), Events(facets.Roles));
        Assert.Equal(Events(reference.Levels), Events(facets.Levels));
        Assert.Equal(Events(reference.Countries), Events(facets.Countries));
        Assert.Equal(Events(reference.Sources), Events(facets.Sources));
    }

    [StoreFact]
    public async Task NearbyPlacesClusterWhenZoomedOutAndSplitWhenZoomedIn()
    {
        var world = await _queries.GetMarkersAsync(new EventFilter(), World, 2);
        var cluster = Assert.Single(world.Points, m => !m.IsPlace && m.Places >= 3);
        Assert.True(cluster.Bounds!.Value.Contains(Raqqa.Longitude, Raqqa.Latitude));
        Assert.True(cluster.Bounds.Value.Contains(cluster.Longitude, cluster.Latitude));

        var close = await _queries.GetMarkersAsync(new EventFilter(), new BoundingBox(38, 35, 40, 37), 12);
        Assert.All(close.Points, m => Assert.True(m.IsPlace));
        Assert.Contains(close.Points, m => m.PlaceId == ArRaqqahSyria && m.Place == "Ar Raqqah");
        Assert.DoesNotContain(close.Points, m => m.PlaceId == MosulIraq);
        Assert.False(close.Truncated);
    }

    [StoreTheory]
    [InlineData(TimeBucketSize.Day)]
    [InlineData(TimeBucketSize.Week)]
    [InlineData(TimeBucketSize.Month)]
    [InlineData(TimeBucketSize.Year)]
    public async Task HistogramBucketsHoldEachDatedEventOnceByItsFirstDay(TimeBucketSize size)
    {
        var filter = new EventFilter { Countries = new HashSet<string> { "SY" }, From = new(2017, 1, 1), To = new(2017, 1, 31) };
        var (from, to) = (new DateOnly(2016, 3, 1), new DateOnly(2017, 12, 31));
        // The histogram ignores the filter's own range: the axis shows every dated event starting on it.
        var events = (await _reference.GetEventsAsync(filter with { From = null, To = null }))
            .Where(e => e.Date >= from && e.Date <= to).ToList();

        var buckets = await _queries.GetHistogramAsync(filter, from, to, size);

        Assert.Equal(events.Count, buckets.Sum(b => b.Events));
        Assert.All(buckets, b => Assert.True(b.Events > 0 && b.Reports > 0 && b.Reports <= b.Events));
        Assert.Equal(buckets.OrderBy(b => b.Start).Select(b => b.Start), buckets.Select(b => b.Start));
        var expected = events.GroupBy(e => BucketStart(e.Date!.Value, size))
            .Select(g => new TimeBucket(g.Key, g.Select(e => e.ArticleId).Distinct().Count(), g.Count())).OrderBy(b => b.Start);
        Assert.Equal(expected, buckets);
    }

    private static DateOnly BucketStart(DateOnly d, TimeBucketSize size) => size switch
    {
        TimeBucketSize.Day => d,
        TimeBucketSize.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
        TimeBucketSize.Month => new DateOnly(d.Year, d.Month, 1),
        _ => new DateOnly(d.Year, 1, 1),
    };

    [StoreFact]
    public async Task ThePopupListsThePlacesReportsAsTheSqlPopupDoes()
    {
        var filter = new EventFilter { MinConfidence = 0.5 };
        var reference = await _reference.GetPlaceReportsAsync(ArRaqqahSyria, filter);

        var first = await _queries.GetPlaceReportPageAsync(ArRaqqahSyria, filter, 0, 5);
        var rest = await _queries.GetPlaceReportPageAsync(ArRaqqahSyria, filter, 5, 1000);

        Assert.NotNull(first);
        Assert.Equal(reference!.Reports.Count, first.TotalReports);
        var reports = first.Reports.Concat(rest!.Reports).ToList();
        Assert.Equal(reference.Reports.Select(r => (r.ArticleId, r.MentionId, r.Title, r.Date, r.Sentence, r.HighlightStart, r.HighlightLength)),
            reports.Select(r => (r.ArticleId, r.MentionId, r.Title, r.Date, r.Sentence, r.HighlightStart, r.HighlightLength)));
        Assert.All(reports, r => Assert.Equal("Ar Raqqah", r.Sentence.Substring(r.HighlightStart, r.HighlightLength)));
        Assert.Equal(("Ar Raqqah", "SY", PlaceLevel.City), (first.Place, first.Country, first.Level));
        Assert.Null(await _queries.GetPlaceReportPageAsync(ArRaqqahSyria, new EventFilter { Countries = new HashSet<string> { "IQ" } }, 0, 5));
    }

    [StoreFact]
    public async Task TheSummaryCountsTheWholeCorpus()
    {
        var events = await _reference.GetEventsAsync(new EventFilter());

        var summary = await _queries.GetSummaryAsync();

        Assert.Equal(events.Select(e => e.ArticleId).Distinct().Count(), summary.Reports);
        Assert.Equal(events.Count(e => e.Date is null), summary.UndatedEvents);
        Assert.Equal(events.Count(e => e.Date is not null), summary.DatedEvents);
        Assert.Equal(events.Min(e => e.Date), summary.FirstDay);
        Assert.Equal(["", "Reuters", "SANA", "TASS"], summary.Sources);
        Assert.Equal(["IQ", "RU", "SY"], summary.Countries);
        Assert.Equal(await _db.Articles.MaxAsync(a => a.Id), summary.LatestArticleId);
    }

    [StoreFact]
    public async Task ANewlyStoredArticleShowsAndCountsAsNew()
    {
        var before = await _queries.CountAsync(new EventFilter());
        var latest = await _queries.GetLatestArticleIdAsync();

        await new ArticleStore(_db).AddAsync("late.txt", "late", [
            Article("Late news from Mosul", Geoparsing.Dating.FuzzyDate.Day(new(2018, 6, 1)), 0, (Mosul, Geoparsing.Dating.FuzzyDate.Day(new(2018, 6, 1))))]);

        var after = await _queries.CountAsync(new EventFilter());
        Assert.Equal(before with { Reports = before.Reports + 1, Events = before.Events + 1 }, after);
        Assert.Equal(latest + 1, await _queries.GetLatestArticleIdAsync());
        Assert.Equal(1, await _queries.CountNewReportsAsync(new EventFilter(), latest));
        Assert.Equal(0, await _queries.CountNewReportsAsync(new EventFilter { Countries = new HashSet<string> { "SY" } }, latest));
        Assert.Equal(before, await _queries.CountAsync(new EventFilter { MaxArticleId = latest }));
    }

    [StoreFact]
    public async Task ReadsWhileArticlesArriveAnswerFromOneSnapshot()
    {
        // An import stores a file every few ms and each store publishes a new snapshot. Facets and histograms
        // asked the index twice per read; rows found in the newer snapshot then ran off the older one's arrays.
        static int Events(EventFacets facets) => facets.Roles.Sum(r => r.Count);
        var first = Events(await _queries.GetFacetsAsync(new EventFilter()));
        await using var writerDb = _database.Open();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await new ArticleStore(writerDb).AddAsync($"late-{i}.txt", $"late-{i}", [
                    Article($"Late news {i} from Mosul", Geoparsing.Dating.FuzzyDate.Day(new(2018, 6, 1)), 0, (Mosul, Geoparsing.Dating.FuzzyDate.Day(new(2018, 6, 1))))]);
                _changes.ArticlesAdded();
            }
        });

        var reads = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            // A new filter key each time (every article id is below it), so nothing is answered from the cache.
            var filter = new EventFilter { MaxArticleId = 1_000_000 + reads++ };
            var events = Events(await _queries.GetFacetsAsync(filter));
            var buckets = await _queries.GetHistogramAsync(filter, new(2016, 1, 1), new(2018, 12, 31), TimeBucketSize.Month);
            Assert.InRange(events, first, first + 40);
            Assert.NotEmpty(buckets);
        }

        await writer;
        var settled = new EventFilter { MaxArticleId = 2_000_000 };
        Assert.Equal(first + 40, Events(await _queries.GetFacetsAsync(settled)));
        Assert.Equal(Events(await _reference.GetFacetsAsync(settled)), Events(await _queries.GetFacetsAsync(settled)));
    }

    [StoreFact]
    public async Task PagesPastTheKeptStartOfTheListFollowOnInOrder()
    {
        // More reports than the list keeps sorted at first (ReportOrder.MinLength): later pages rebuild a longer start.
        var random = new Random(7);
        await new ArticleStore(_db).AddAsync("many.txt", "many", [.. Enumerable.Range(0, 600).Select(i =>
        {
            var date = MapViewCorpus.RandomDate(random);
            return Article($"Report many {i}", date, i, (i % 2 == 0 ? Mosul : Raqqa, date));
        })]);
        var filter = new EventFilter { MinConfidence = 0.1 };
        var events = await _reference.GetEventsAsync(filter);
        var expected = ListOrder(events);

        var listed = new List<long>();
        for (var offset = 0; offset < expected.Count; offset += 90)
        {
            listed.AddRange((await _queries.GetReportPageAsync(filter, offset, 90)).Select(r => r.ArticleId));
        }

        Assert.True(expected.Count > 2 * ReportOrder.MinLength);
        Assert.Equal(expected, listed);
    }

    [StoreFact]
    public async Task ACorrectionMovesTheEventOnTheMap()
    {
        static EventFilter At(long placeId) => new() { PlaceId = placeId };
        var raqqa = (await _queries.CountAsync(At(ArRaqqahSyria))).Events;
        var mosul = (await _queries.CountAsync(At(MosulIraq))).Events;
        var moscow = (await _queries.CountAsync(At(MapViewCorpus.Moscow.Id))).Events;
        var corrector = new MentionCorrector(_db, null, _changes);
        var moved = await _db.Mentions.Where(m => m.PlaceId == ArRaqqahSyria).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var unresolved = await _db.Mentions.Where(m => m.PlaceId == null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var dismissed = await _db.Mentions.Where(m => m.PlaceId == MapViewCorpus.Moscow.Id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();

        await corrector.ApplyAsync(moved, Correction.ToPlace(Mosul));
        await corrector.ApplyAsync(unresolved, Correction.ToPlace(Mosul));
        await corrector.ApplyAsync(dismissed, Correction.NotAPlace);

        Assert.Equal(raqqa - 1, (await _queries.CountAsync(At(ArRaqqahSyria))).Events);
        Assert.Equal(mosul + 2, (await _queries.CountAsync(At(MosulIraq))).Events);
        Assert.Equal(moscow - 1, (await _queries.CountAsync(At(MapViewCorpus.Moscow.Id))).Events);
        var events = await _reference.GetEventsAsync(new EventFilter());
        Assert.Equal(events.Count, (await _queries.CountAsync(new EventFilter())).Events);
        var popup = await _queries.GetPlaceReportPageAsync(MosulIraq, new EventFilter { MinConfidence = 1.0 }, 0, 100);
        Assert.Contains(popup!.Reports, r => r.MentionId == moved);
    }
}

public sealed class IndexedMapViewQueriesTestsOnSqlite() : IndexedMapViewQueriesTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class IndexedMapViewQueriesTestsOnPostgres() : IndexedMapViewQueriesTests(DatabaseProvider.Postgres);
