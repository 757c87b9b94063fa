using System.Collections.Concurrent;
using Bunit;
using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Index;
using MapDashboard.Data.Queries;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Components.Dashboard;

/// <summary>
/// The whole map page in bunit, over fake queries and a loose JS runtime (the map's and the slider's modules answer
/// with defaults; the map reports one view). Asserts what the page reads and says, not what Leaflet draws.
/// </summary>
public class DashboardPageTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly MapViewport SyriaView = new(35, 32, 42, 37, 6, 35, 39);

    private readonly FakeMapViewQueries queries = new();
    private readonly BunitJSModuleInterop canvas;

    public DashboardPageTests()
    {
        Services.AddSingleton<IMapViewQueries>(queries);
        Services.AddSingleton<DashboardReader>();
        Services.AddSingleton(new AreaKinds(MapDashboard.Gazetteer.Indexing.GazetteerIndex.Create([])));
        Services.AddSingleton<EventIndexChanges>();
        Services.AddSingleton<ReportsWatcher>();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddLogging();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        JSInterop.Mode = JSRuntimeMode.Loose;
        var map = JSInterop.SetupModule("./Components/Dashboard/MapCanvas.razor.js");
        canvas = map.SetupModule("create", _ => true);
        canvas.Mode = JSRuntimeMode.Loose;
        canvas.Setup<MapViewport>("ready").SetResult(SyriaView);
        JSInterop.SetupModule("./Components/Dashboard/DateRangeSlider.razor.js").Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<DashboardPage> RenderPage(string address = "/")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var cut = Render<DashboardPage>();
        cut.WaitForAssertion(() => Assert.Equal("ready", cut.Find("[data-dashboard]").GetAttribute("data-state")), Patience);
        Assert.Empty(cut.FindAll(".dashboard-error"));
        return cut;
    }

    private static string CountText(IRenderedComponent<DashboardPage> cut) => cut.Find("[data-role=event-count]").TextContent;

    [Fact]
    public void The_counts_say_the_dated_reports_and_places_and_the_undated_reports()
    {
        var cut = RenderPage();

        Assert.Equal("1,234 reports dated · 56 places", CountText(cut));
        Assert.Equal("3", cut.Find("[data-role=undated-count]").TextContent);
        Assert.Equal("Undated (3)", cut.Find("[data-role=list-undated]").TextContent);
    }

    [Fact]
    public void The_address_filters_the_first_read()
    {
        var cut = RenderPage("/?country=SY&q=airstrike");

        var dated = queries.Counted.Where(f => !f.UndatedOnly).ToList();
        Assert.NotEmpty(dated);
        Assert.All(dated, f => Assert.Equal(["SY"], f.Countries!));
        Assert.All(dated, f => Assert.NotNull(f.Text));
        Assert.Equal("airstrike", cut.Find("[data-role=search]").GetAttribute("value"));
    }

    [Fact]
    public void Typing_a_search_reads_the_counts_again_with_it()
    {
        var cut = RenderPage();

        cut.Find("[data-role=search]").Input("raqqa");

        cut.WaitForAssertion(() => Assert.Equal("7 reports dated · 1 place", CountText(cut)), Patience);
        Assert.Contains(queries.Counted, f => f.Text is { } text && text.Key == "\"raqqa\"");
        cut.WaitForAssertion(() => Assert.Contains(canvas.Invocations["replaceAddress"], i => ((string)i.Arguments[0]!).Contains("q=raqqa", StringComparison.Ordinal)), Patience);
    }

    [Fact]
    public void A_search_that_matches_nothing_says_so_instead_of_zoom_out()
    {
        var cut = RenderPage();

        cut.Find("[data-role=search]").Input("Atlantis");

        cut.WaitForAssertion(() => Assert.Equal("No report mentions “Atlantis”.", cut.Find("[data-role=event-list-summary]").TextContent), Patience);
        Assert.Equal("0 reports dated · 0 places", CountText(cut));
    }

    [Fact]
    public void Ticking_a_role_reads_the_counts_again_with_it()
    {
        var cut = RenderPage();

        cut.Find("[data-facet=role] input[value=actor]").Change(true);

        cut.WaitForAssertion(() => Assert.Equal("2,000 reports dated · 80 places", CountText(cut)), Patience);
        Assert.Contains(queries.Counted, f => f.Roles is { } roles && roles.Contains(MentionRole.Actor));
        Assert.Contains("role=event,dateline,actor", canvas.Invocations["replaceAddress"][^1].Arguments[0] as string, StringComparison.Ordinal);
    }

    [Fact]
    public void Unticking_every_role_says_no_reports_without_asking()
    {
        var cut = RenderPage();
        cut.Find("[data-facet=role] input[value=event]").Change(false);
        cut.WaitForAssertion(() => Assert.Equal("1,234 reports dated · 56 places", CountText(cut)), Patience);
        var asked = queries.Counted.Count;

        cut.Find("[data-facet=role] input[value=dateline]").Change(false);

        cut.WaitForAssertion(() => Assert.Equal("No reports", CountText(cut)), Patience);
        Assert.StartsWith("Tick at least one", cut.Find("[data-role=filter-problem]").TextContent, StringComparison.Ordinal);
        Assert.Equal(asked, queries.Counted.Count);
    }

    [Fact]
    public void The_facet_boxes_show_the_counts_read_for_them()
    {
        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("900", cut.Find("[data-facet=country] [data-count-for=SY]").TextContent), Patience);
        Assert.Equal(["Iraq", "Syria"], cut.FindAll("[data-facet=country] .facet-label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task A_pan_draws_the_new_box_and_its_list_without_reading_the_counts_again()
    {
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-facet=country] [data-count-for=SY]")), Patience);
        var pageCounts = queries.Counted.Count(f => f.Box is null);
        var east = new MapViewport(40, 32, 47, 37, 6, 35, 43.5);

        await cut.InvokeAsync(() => cut.FindComponent<MapCanvas>().Instance.OnViewChanged(east));

        cut.WaitForAssertion(() => Assert.Contains(queries.MarkerBoxes, b => b.MinLon == 40 && b.MaxLon == 47), Patience);
        cut.WaitForAssertion(() => Assert.Contains(queries.Counted, f => f.Box is { MinLon: 40, MaxLon: 47 }), Patience);
        Assert.Equal(pageCounts, queries.Counted.Count(f => f.Box is null));
        Assert.Equal("1,234 reports dated · 56 places", CountText(cut));
        Assert.Contains("lon=43.5", canvas.Invocations["replaceAddress"][^1].Arguments[0] as string, StringComparison.Ordinal);
    }

    [Fact]
    public void Zooming_the_timeline_to_the_range_reads_the_histogram_for_the_zoomed_days_and_whole_span_resets_it()
    {
        var cut = RenderPage("/?from=2017-03-08&to=2017-03-10");
        Assert.Equal(new DateOnly(2017, 2, 27), queries.Histograms.Last().From);
        Assert.Empty(cut.FindAll("[data-role=zoom-reset]"));

        cut.Find("[data-role=zoom-to-range]").Click();

        cut.WaitForAssertion(() => Assert.True(queries.Histograms.Last().From > new DateOnly(2017, 2, 27)), Patience);
        var (from, to, size) = queries.Histograms.Last();
        Assert.True(from < new DateOnly(2017, 3, 8) && to > new DateOnly(2017, 3, 10), $"{from}–{to}");
        Assert.Equal(TimeBucketSize.Day, size);
        Assert.Contains($"axis={from:yyyy-MM-dd},{to:yyyy-MM-dd}", canvas.Invocations["replaceAddress"][^1].Arguments[0] as string, StringComparison.Ordinal);
        // The range is kept: zooming changes what the timeline shows, not what counts.
        Assert.Contains("from=2017-03-08&to=2017-03-10", canvas.Invocations["replaceAddress"][^1].Arguments[0] as string, StringComparison.Ordinal);

        cut.Find("[data-role=zoom-reset]").Click();
        cut.WaitForAssertion(() => Assert.Equal(new DateOnly(2017, 2, 27), queries.Histograms.Last().From), Patience);
        Assert.DoesNotContain("axis=", canvas.Invocations["replaceAddress"][^1].Arguments[0] as string, StringComparison.Ordinal);
    }

    /// <summary>The empty list says "in this range" only when the histogram (no range) has reports, "with these filters" only with one chosen.</summary>
    [Theory]
    [InlineData("/?from=2017-03-08&to=2017-03-10&country=SY", "Atlantis", "No report mentions “Atlantis” in this range with these filters.")]
    [InlineData("/?from=2017-03-08&to=2017-03-10", "Atlantis", "No report mentions “Atlantis” in this range.")]
    [InlineData("/?from=2017-03-08&to=2017-03-10", "Nowhere", "No report mentions “Nowhere”.")]
    [InlineData("/?minConfidence=0.8", "Nowhere", "No report mentions “Nowhere” with these filters.")]
    public void An_empty_list_says_only_what_is_true(string address, string search, string expected)
    {
        var cut = RenderPage(address);

        cut.Find("[data-role=search]").Input(search);

        cut.WaitForAssertion(() => Assert.Equal(expected, cut.Find("[data-role=event-list-summary]").TextContent), Patience);
    }

    /// <summary>Counts by what the filter asks: an undated read, a search, the actor role, or anything else.</summary>
    private sealed class FakeMapViewQueries : IMapViewQueries
    {
        private readonly ConcurrentQueue<EventFilter> counted = new();

        public ConcurrentQueue<EventFilter> Counted => counted;

        public Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new CorpusSummary(1237, 2000, 3, new DateOnly(2017, 2, 27), new DateOnly(2017, 3, 17), 42, ["", "TASS"], ["IQ", "SY"]));

        public Task<EventCounts> CountAsync(EventFilter filter, CancellationToken cancellationToken = default)
        {
            counted.Enqueue(filter);
            return Task.FromResult(filter switch
            {
                { Text: { } nothing } when Matches(nothing, "atlantis") || Matches(nothing, "nowhere") => new EventCounts(0, 0, 0),
                { UndatedOnly: true } => new EventCounts(3, 3, 2),
                { Text: not null } => new EventCounts(7, 9, 1),
                { Roles: { } roles } when roles.Contains(MentionRole.Actor) => new EventCounts(2000, 2500, 80),
                _ => new EventCounts(1234, 1500, 56),
            });
        }

        public IReadOnlyCollection<BoundingBox> MarkerBoxes => markerBoxes;

        private readonly ConcurrentQueue<BoundingBox> markerBoxes = new();

        public Task<MapMarkers> GetMarkersAsync(EventFilter filter, BoundingBox box, int zoom, CancellationToken cancellationToken = default)
        {
            markerBoxes.Enqueue(box);
            return Task.FromResult(new MapMarkers([], [], false));
        }

        public ConcurrentQueue<(DateOnly From, DateOnly To, TimeBucketSize Size)> Histograms { get; } = new();

        public Task<IReadOnlyList<TimeBucket>> GetHistogramAsync(EventFilter filter, DateOnly from, DateOnly to, TimeBucketSize size,
            CancellationToken cancellationToken = default)
        {
            Histograms.Enqueue((from, to, size));
            // "Atlantis" is reported outside any range the tests choose, "Nowhere" nowhere.
            return Task.FromResult<IReadOnlyList<TimeBucket>>(filter.Text is { } text && Matches(text, "nowhere") ? [] : [new(new DateOnly(2017, 3, 17), 1234, 1500)]);
        }

        private static bool Matches(Data.Search.SearchQuery text, string word) => text.Key.Contains(word, StringComparison.OrdinalIgnoreCase);

        public Task<IReadOnlyList<ReportListItem>> GetReportPageAsync(EventFilter filter, int offset, int count, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ReportListItem>>([]);

        public Task<PlaceReportPage?> GetPlaceReportPageAsync(long placeId, EventFilter filter, int offset, int count, CancellationToken cancellationToken = default) =>
            Task.FromResult<PlaceReportPage?>(null);

        public Task<long> GetLatestArticleIdAsync(CancellationToken cancellationToken = default) => Task.FromResult(42L);

        public Task<int> CountNewReportsAsync(EventFilter filter, long afterArticleId, CancellationToken cancellationToken = default) => Task.FromResult(0);

        // Events and reports differ, so a test sees which the page shows (reports).
        public Task<EventFacets> GetFacetsAsync(EventFilter filter, CancellationToken cancellationToken = default) =>
            Task.FromResult(new EventFacets(
                Countries: [new("SY", 1100) { Reports = 900 }, new("IQ", 400) { Reports = 350 }],
                Sources: [new("TASS", 1500) { Reports = 1250 }],
                Levels: [new("city", 1200) { Reports = 1000 }],
                Roles: [new("event", 1300) { Reports = 1100 }, new("dateline", 200) { Reports = 150 }, new("actor", 900) { Reports = 766 }]));
    }
}
