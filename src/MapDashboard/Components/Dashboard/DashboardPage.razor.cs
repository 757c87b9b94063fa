using System.Globalization;
using MapDashboard.Data.Queries;
using MapDashboard.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// The map page: holds the state (<see cref="DashboardState"/>), asks the server's queries for one view at a time,
/// and hands the drawing to <see cref="MapCanvas"/>. The browser never holds the corpus: each redraw reads the
/// markers for the visible box and zoom, the counts, the histogram and a page of the list.
/// </summary>
public sealed partial class DashboardPage
{
    /// <summary>Fitting the reports never zooms in closer than this, so one place does not fill the screen.</summary>
    private const int FitMaxZoom = 7;

    /// <summary>Typing pauses this long before the search runs.</summary>
    private static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(300);

    [Inject] private DashboardReader Reader { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IConfiguration Configuration { get; set; } = default!;
    [Inject] private ReportsWatcher Watcher { get; set; } = default!;
    [Inject] private AreaKinds Areas { get; set; } = default!;
    [Inject] private ILogger<DashboardPage> Log { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private DashboardState state = new();
    private CorpusSummary summary = new(0, 0, 0, null, null, 0, [], []);
    private TimeAxis? corpusAxis;
    private TimeAxis? axis;
    private long shownArticleId;
    private MapViewport? view;
    private EventCounts counts = new(0, 0, 0);
    private EventCounts undatedCounts = new(0, 0, 0);
    private IReadOnlyList<TimeBucket> buckets = [];
    private IReadOnlyList<MapMarker> undatedMarkers = [];
    private string? undatedKey;
    private string? axisKey;
    private (string? Key, int Total) listTotal;
    private FacetCounts? facets;
    private int newReports;
    private bool drawn;
    private int draws;
    private bool panelOpen;
    private bool listUndated;
    private string status = "";
    private CancellationTokenSource? redraw;
    /// <summary>The last map drawing's times (for the redraw's debug log): reading the markers, drawing them in the browser.</summary>
    private (long Markers, int Count, long Draw) timings;
    private CancellationTokenSource? typing;
    private readonly PlaybackClock player = new();
    private MapCanvas? canvas;
    private DateRangeSlider? slider;
    private ReportList? list;
    private FiltersPanel? filters;
    private ErrorBoundary? errors;
    private IDisposable? watching;

    private string? TileUrl => Configuration["Map:TileUrl"];

    private string CountText => state.Problem is not null
        ? "No reports"
        : $"{Plural(counts.Reports, "report")} dated · {Plural(counts.Places, "place")}";

    /// <summary>
    /// Why the list is empty, saying only what is true: what the filters select lies outside the view ("zoom out"),
    /// or outside the date range (the histogram, which ignores the range, has reports: "in this range"), or nowhere;
    /// "with these filters" only when a filter is chosen. "Zoom out" after a search that matches nothing sent users
    /// looking for reports that do not exist.
    /// </summary>
    private string EmptyListText
    {
        get
        {
            var selected = listUndated ? undatedCounts.Reports : counts.Reports;
            var kind = listUndated ? "undated report" : "report";
            if (state.Problem is { } problem) return problem;
            if (selected > 0) return $"No {kind}s in view: {Plural(selected, kind)} elsewhere. Zoom out to see {(selected == 1 ? "it" : "them")}.";
            var query = state.Query.Trim();
            var rangeExcludes = !listUndated && (state.From is not null || state.To is not null) && buckets.Any(b => b.Reports > 0);
            var reason = (query.Length > 0 ? $"No {kind} mentions “{query}”" : $"No {kind}")
                + (rangeExcludes ? " in this range" : "")
                + (state.FiltersChosen ? " with these filters" : "");
            return reason + ".";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        state = DashboardState.Parse(new Uri(Navigation.Uri).Query);
        summary = await Reader.ReadAsync(q => q.GetSummaryAsync());
        shownArticleId = summary.LatestArticleId;
        corpusAxis = summary.FirstDay is { } first && summary.LastDay is { } last ? new TimeAxis(first, last) : null;
        axis = corpusAxis?.Within(state.AxisFrom, state.AxisTo);
        if (axis is not null)
        {
            state = state with { From = Clamp(state.From), To = Clamp(state.To) };
        }
        if (summary.Reports == 0)
        {
            status = "No reports yet: import articles to see them here.";
        }
        // The first paint (before the circuit starts) already shows the counts and the histogram.
        await ReadCountsAsync(CancellationToken.None);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            watching = Watcher.Subscribe(OnStoreMoved);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            // The header's links leave the map page: they carry its address (see DashboardPage.razor.js).
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Dashboard/DashboardPage.razor.js");
            await module.InvokeVoidAsync("carryAddress");
        }
    }

    private DateOnly? Clamp(DateOnly? d) =>
        d is null || axis is null ? d : d < axis.First ? axis.First : d > axis.Last ? axis.Last : d;

    /// <summary>The map is drawn: fit the reports when the address names no view, else draw this one.</summary>
    private async Task OnMapReady(MapViewport first)
    {
        view = first;
        if (!state.HasView)
        {
            var world = await Reader.ReadAsync(q => q.GetMarkersAsync(state.ToFilter(null, shownArticleId), new BoundingBox(-180, -90, 180, 90), 2));
            // A cluster stands for the box of its places, not for its centre: fitting centres would leave its
            // outer places (Mosul beside a Raqqa/Deir ez-Zor cluster) off a phone's narrow screen. Areas count only
            // when there is nothing else: the seeds' "Russia" and "United States" zoomed the first view out to the world.
            var all = world.Points.Concat(world.Areas).Concat(undatedMarkers).ToList();
            var points = all.Where(m => Areas.KindOf(m) is null).ToList();
            var boxes = (points.Count > 0 ? points : all)
                .Select(m => m.Bounds ?? new BoundingBox(m.Longitude, m.Latitude, m.Longitude, m.Latitude)).ToList();
            if (boxes.Count > 0)
            {
                // Fitting reports the new view (OnViewChanged), which draws it.
                await canvas!.FitAsync(new BoundingBox(boxes.Min(b => b.MinLon), boxes.Min(b => b.MinLat), boxes.Max(b => b.MaxLon), boxes.Max(b => b.MaxLat)), FitMaxZoom);
                return;
            }
        }
        await RedrawAsync(openPlace: true);
    }

    private async Task OnViewChanged(MapViewport next)
    {
        var opening = view is null || !drawn;
        view = next;
        state = state with { Latitude = next.Lat, Longitude = next.Lon, Zoom = next.Zoom };
        // Counts, histogram and facets do not depend on the view: a pan or zoom redraws the map and the list only.
        await RedrawAsync(openPlace: opening, viewOnly: !opening);
    }

    private async Task OnRangeChanged((DateOnly From, DateOnly To) range)
    {
        var full = corpusAxis is not null && range.From <= corpusAxis.First && range.To >= corpusAxis.Last;
        state = state with { From = full ? null : range.From, To = full ? null : range.To };
        await RedrawAsync();
    }

    private async Task OnFiltersChanged(DashboardState next)
    {
        state = next with { Latitude = state.Latitude, Longitude = state.Longitude, Zoom = state.Zoom, From = state.From, To = state.To };
        await RedrawAsync();
    }

    private async Task OnQueryTyped(string text)
    {
        typing?.Cancel();
        typing = new CancellationTokenSource();
        var token = typing.Token;
        try
        {
            await Task.Delay(SearchDelay, token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        state = state with { Query = text };
        await RedrawAsync();
    }

    private async Task OnUndatedToggled(ChangeEventArgs e)
    {
        state = state with { ShowUndated = e.Value is true };
        await RedrawAsync();
    }

    private async Task OnHeatChanged(bool on)
    {
        state = state with { Heat = on };
        await WriteAddressAsync();
    }

    private async Task OnPlaceOpened(long? placeId)
    {
        state = state with { PlaceId = placeId };
        await WriteAddressAsync();
    }

    private async Task OnListTabChanged(bool undated)
    {
        listUndated = undated;
        if (list is not null) await list.RefreshAsync();
    }

    private async Task OnReportPointed(long? placeId)
    {
        if (canvas is not null) await canvas.HighlightAsync(placeId);
    }

    private async Task OnReportChosen(ReportListItem report)
    {
        panelOpen = false;
        if (report.Places.Count > 0 && report.Places[0] is var place && canvas is not null)
        {
            await canvas.OpenPlaceAsync(place.PlaceId, place.Latitude, place.Longitude, 0);
        }
    }

    private async Task OnPlayToggled(bool play)
    {
        if (!play || axis is null)
        {
            player.Stop();
            return;
        }
        await player.PlayAsync(axis, state.From, state.To, async (from, to) =>
        {
            await InvokeAsync(async () =>
            {
                state = state with { From = from, To = to };
                if (slider is not null) await slider.SetRangeAsync(from, to);
                await RedrawAsync();
                StateHasChanged();
            });
        }, () => InvokeAsync(StateHasChanged), FirstReported);
    }

    /// <summary>The first day on or after <paramref name="day"/> in a bucket with reports (the histogram's), null when none.</summary>
    private DateOnly? FirstReported(DateOnly day)
    {
        if (axis is null) return null;
        foreach (var bucket in buckets)
        {
            if (bucket.Reports > 0 && axis.BucketEnd(bucket.Start) >= day) return bucket.Start > day ? bucket.Start : day;
        }
        return null;
    }

    /// <summary>Whether zooming the timeline to the chosen range would show less than it does now.</summary>
    private bool CanZoom => axis is not null && corpusAxis is not null
        && corpusAxis.ZoomTo(state.From ?? axis.First, state.To ?? axis.Last).IsNarrowerThan(axis);

    private bool Zoomed => axis is not null && corpusAxis is not null && axis.IsNarrowerThan(corpusAxis);

    /// <summary>The timeline shows the chosen range with a margin either side, its bars per day or week as the span asks.</summary>
    private Task ZoomToRangeAsync()
    {
        if (axis is null || corpusAxis is null) return Task.CompletedTask;
        return ZoomAsync(corpusAxis.ZoomTo(state.From ?? axis.First, state.To ?? axis.Last));
    }

    private Task ResetZoomAsync() => corpusAxis is null ? Task.CompletedTask : ZoomAsync(corpusAxis);

    private async Task ZoomAsync(TimeAxis next)
    {
        player.Stop();
        axis = next;
        var whole = !next.IsNarrowerThan(corpusAxis!);
        state = state with { AxisFrom = whole ? null : next.First, AxisTo = whole ? null : next.Last };
        await RedrawAsync();
    }

    private async Task ShowNewReportsAsync()
    {
        summary = await Reader.ReadAsync(q => q.GetSummaryAsync());
        shownArticleId = summary.LatestArticleId;
        // New reports may widen the corpus's span; a zoomed timeline keeps its zoom.
        corpusAxis = summary.FirstDay is { } first && summary.LastDay is { } last ? new TimeAxis(first, last) : null;
        axis = corpusAxis?.Within(state.AxisFrom, state.AxisTo);
        newReports = 0;
        undatedKey = null;
        axisKey = null;
        await RedrawAsync();
    }

    /// <summary>The store holds articles this page does not show: count those the filters select.</summary>
    private void OnStoreMoved(long latest) => _ = InvokeAsync(async () =>
    {
        if (latest <= shownArticleId) return;
        try
        {
            // One count over dated-in-range and undated: a new report with both kinds of mention is one report.
            var count = await Reader.ReadAsync(q => q.CountNewReportsAsync(state.ToShownFilter(), shownArticleId));
            if (count != newReports)
            {
                newReports = count;
                StateHasChanged();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.NewReportsCountFailed(e);
        }
    });

    /// <summary>
    /// Draws the current state: markers for the view, the counts, the list from the top, the histogram and the
    /// undated layer when their inputs changed, then the facets (<paramref name="viewOnly"/>: the map and the list
    /// only, after a pan or zoom). A newer redraw cancels an older one still reading.
    /// </summary>
    private async Task RedrawAsync(bool openPlace = false, bool viewOnly = false)
    {
        redraw?.Cancel();
        redraw = new CancellationTokenSource();
        var token = redraw.Token;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            if (view is not null && canvas is not null)
            {
                await DrawMapAsync(view, token);
            }
            var mapped = clock.ElapsedMilliseconds;
            if (!viewOnly) await ReadCountsAsync(token);
            if (token.IsCancellationRequested) return;
            var counted = clock.ElapsedMilliseconds;
            if (list is not null) await list.RefreshAsync();
            Log.DashboardRedrawn(timings.Markers, timings.Count, timings.Draw, counted - mapped, clock.ElapsedMilliseconds - counted, clock.ElapsedMilliseconds);
            drawn = view is not null;
            draws++;
            StateHasChanged();
            await WriteAddressAsync();
            if (openPlace && state.PlaceId is { } place && canvas is not null)
            {
                await canvas.OpenPendingAsync(place);
            }
            if (!viewOnly) _ = ReadFacetsAsync(token);
        }
        catch (OperationCanceledException)
        {
            // A newer redraw took over.
        }
    }

    private async Task DrawMapAsync(MapViewport at, CancellationToken token)
    {
        var problem = state.Problem is not null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var markers = problem ? new MapMarkers([], [], false)
            : await Reader.ReadAsync(q => q.GetMarkersAsync(state.ToFilter(null, shownArticleId), at.Box, at.ZoomLevel, token));
        var undated = !state.ShowUndated || problem ? [] : await UndatedMarkersAsync(token);
        token.ThrowIfCancellationRequested();
        var read = clock.ElapsedMilliseconds;
        await canvas!.DrawAsync(MapDrawing.Of(markers, undated, state.ToQuery(undated: false, shownArticleId), state.ToQuery(undated: true, shownArticleId), Areas));
        timings = (read, markers.Points.Count + markers.Areas.Count + undated.Count, clock.ElapsedMilliseconds - read);
        status = markers.Truncated ? "Busiest places shown: zoom in for the rest." : summary.Reports == 0 ? status : "";
    }

    /// <summary>The undated layer depends on the filters, never on the range: read again only when they change.</summary>
    private async Task<IReadOnlyList<MapMarker>> UndatedMarkersAsync(CancellationToken token)
    {
        var key = state.ToQuery(undated: true, shownArticleId);
        if (key != undatedKey)
        {
            var world = await Reader.ReadAsync(q => q.GetMarkersAsync(state.ToUndatedFilter(null, shownArticleId), new BoundingBox(-180, -90, 180, 90), 20, token));
            undatedMarkers = [.. world.Points, .. world.Areas];
            undatedKey = key;
        }
        return undatedMarkers;
    }

    private async Task ReadCountsAsync(CancellationToken token)
    {
        if (state.Problem is not null)
        {
            counts = undatedCounts = new EventCounts(0, 0, 0);
            buckets = [];
            return;
        }
        var dated = Reader.ReadAsync(q => q.CountAsync(state.ToFilter(null, shownArticleId), token));
        var undated = Reader.ReadAsync(q => q.CountAsync(state.ToUndatedFilter(null, shownArticleId), token));
        var key = $"{state.ToAxisQuery(shownArticleId)}|{axis}";
        if (axis is not null && key != axisKey)
        {
            buckets = await Reader.ReadAsync(q => q.GetHistogramAsync(state.ToAxisFilter(shownArticleId), axis.First, axis.Last, axis.BucketSize, token));
            axisKey = key;
        }
        counts = await dated;
        undatedCounts = await undated;
    }

    private async Task ReadFacetsAsync(CancellationToken token)
    {
        try
        {
            // Each box counts the reports it would show: the index leaves every facet's own choice out of its counts.
            var filter = state.ToFilter(null, shownArticleId);
            var result = await Reader.ReadAsync(q => q.GetFacetsAsync(filter, token));
            if (token.IsCancellationRequested) return;
            facets = FacetCounts.Of(result);
            StateHasChanged();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Task<(IReadOnlyList<ReportListItem> Items, int Total)> ReadListAsync(int offset, int count, CancellationToken token) =>
        Reader.ReadAsync(async q =>
        {
            if (state.Problem is not null || view is null)
            {
                return ((IReadOnlyList<ReportListItem>)[], 0);
            }
            var filter = listUndated ? state.ToUndatedFilter(view.Box, shownArticleId) : state.ToFilter(view.Box, shownArticleId);
            var items = await q.GetReportPageAsync(filter, offset, count, token);
            // Scrolling asks page after page of one list: count it once, not once a page.
            var key = $"{listUndated}|{state.ToQuery(listUndated, shownArticleId)}|{view.Box}";
            if (key != listTotal.Key)
            {
                listTotal = (key, (await q.CountAsync(filter, token)).Reports);
            }
            return (items, listTotal.Total);
        });

    private async Task WriteAddressAsync()
    {
        if (canvas is not null && drawn)
        {
            await canvas.ReplaceAddressAsync(state.ToAddress());
        }
    }

    private ElementReference timeline;

    private async Task SkipToMapAsync()
    {
        if (canvas is not null) await canvas.FocusAsync();
    }

    private async Task SkipToReportsAsync()
    {
        // On a phone the list is in the folded panel: open it first, so there is something to focus.
        panelOpen = true;
        StateHasChanged();
        if (list is not null) await list.FocusAsync();
    }

    private async Task SkipToTimelineAsync() => await timeline.FocusAsync();

    private async Task SkipToFiltersAsync()
    {
        panelOpen = true;
        StateHasChanged();
        if (filters is not null) await filters.FocusAsync();
    }

    private void Recover() => errors?.Recover();

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}s";

    private static string? Invariant(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync()
    {
        watching?.Dispose();
        player.Stop();
        redraw?.Cancel();
        typing?.Cancel();
        return ValueTask.CompletedTask;
    }
}
