using System.Diagnostics;
using System.Globalization;
using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>
/// <c>-- index-probe --data DIR [--views 300] [--Database:Provider postgres --ConnectionStrings:MapDashboard CS]</c>: the map page's reads in this process, without HTTP, JSON or other
/// clients: what each costs the index (and the SQL it asks: a list page's titles, a popup's sentences). Opens the store
/// in DIR through the app's own services (<see cref="IMapViewQueries"/> over the event index), then asks
/// <c>--views</c> views twice, as <c>dashboard-bench</c> draws them (a viewport around a place at zoom 2-10, 70% with a
/// date window of a week to half a year, some with a role, level, country or source): the first round warms up (JIT,
/// the index's layout), the second is timed. One thread, one request at a time: the process's CPU time per call is
/// then the call's, steady however busy the machine is (wall time is printed beside it).
/// </summary>
internal static class IndexProbe
{
    private const int Seed = 20170317;
    private const double WindowShare = 0.7, RoleShare = 0.2, LevelShare = 0.1, CountryShare = 0.1, SourceShare = 0.1, WorldShare = 0.2;
    private static readonly string[] Operations = ["counts", "markers", "histogram", "facets", "list", "popup"];

    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        if (Parse(args) is not var (data, viewCount, store))
        {
            Console.Error.WriteLine("usage: index-probe --data DIR [--views 300] [--Database:Provider postgres --ConnectionStrings:MapDashboard CS]");
            return 2;
        }

        var services = new ServiceCollection().AddLogging().AddMapDashboardData(store).BuildServiceProvider();
        await using var _ = services;
        var load = Stopwatch.StartNew();
        var (summary, places) = await ReadCorpusAsync(services);
        load.Stop();
        var random = new Random(Seed);
        var views = Enumerable.Range(0, viewCount).Select(_ => Next(random, summary, places)).ToList();
        await AskAsync(services, views, summary, null);
        var timings = Operations.ToDictionary(o => o, _ => new List<(double Cpu, double Wall)>());
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await AskAsync(services, views, summary, timings);
        var totalCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        total.Stop();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Index probe: {(store.Provider == DatabaseProvider.Postgres ? "PostgreSQL " + new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString).Database : data)}, {summary.DatedEvents + summary.UndatedEvents} events, {viewCount} views (index loaded in {load.Elapsed.TotalSeconds:0.0} s)"));
        output.WriteLine();
        output.WriteLine("| call | CPU ms mean | wall ms p50 | wall ms p95 |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var operation in Operations)
        {
            var t = timings[operation];
            var walls = t.Select(x => x.Wall).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {operation} | {t.Average(x => x.Cpu):0.00} | {walls[walls.Count / 2]:0.00} | {walls[Math.Min(walls.Count - 1, (int)(walls.Count * 0.95))]:0.00} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| a whole view (process CPU, GC included) | {totalCpu.TotalMilliseconds / viewCount:0.00} | {total.Elapsed.TotalMilliseconds / viewCount:0.00} (mean) | |"));
        return 0;
    }

    /// <summary>One view: its filter (dates and facet choices), its box and zoom, and the place whose popup it opens.</summary>
    private sealed record View(EventFilter Filter, BoundingBox Box, int Zoom, long PopupPlace);

    private static async Task<(CorpusSummary Summary, List<MapMarker> Places)> ReadCorpusAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<IMapViewQueries>();
        var summary = await queries.GetSummaryAsync();
        var world = await queries.GetMarkersAsync(new EventFilter(), new BoundingBox(-180, -90, 180, 90), 20);
        var places = world.Points.Concat(world.Areas).Where(m => m.PlaceId is not null).ToList();
        if (summary.FirstDay is null || places.Count == 0)
        {
            throw new InvalidOperationException("the store has no dated events: run synth --direct first");
        }

        return (summary, places);
    }

    private static View Next(Random random, CorpusSummary summary, List<MapMarker> places)
    {
        var filter = new EventFilter();
        if (random.NextDouble() < WindowShare)
        {
            var (first, last) = (summary.FirstDay!.Value, summary.LastDay!.Value);
            var span = last.DayNumber - first.DayNumber;
            var length = Math.Min(span, random.Next(7, 181));
            var from = first.AddDays(random.Next(span - length + 1));
            filter = filter with { From = from, To = from.AddDays(length), IncludeUndated = false };
        }

        if (random.NextDouble() < RoleShare)
        {
            filter = filter with { Roles = new HashSet<MentionRole> { MentionRole.Event } };
        }

        if (random.NextDouble() < LevelShare)
        {
            filter = filter with { Levels = new HashSet<PlaceLevel> { PlaceLevel.Locality } };
        }

        if (random.NextDouble() < CountryShare && summary.Countries.Count > 0)
        {
            filter = filter with { Countries = new HashSet<string>(StringComparer.Ordinal) { summary.Countries[random.Next(summary.Countries.Count)] } };
        }

        if (random.NextDouble() < SourceShare && summary.Sources.Count > 0)
        {
            filter = filter with { Sources = new HashSet<string>(StringComparer.Ordinal) { summary.Sources[random.Next(summary.Sources.Count)] } };
        }

        var around = places[random.Next(places.Count)];
        var zoom = random.NextDouble() < WorldShare ? 2 : random.Next(3, 11);
        var width = 360.0 * 1280 / (256 * Math.Pow(2, zoom));
        var height = width * 800 / 1280 * Math.Cos(around.Latitude * Math.PI / 180);
        var box = new BoundingBox(Math.Max(-180, around.Longitude - width / 2), Math.Max(-85, around.Latitude - height / 2),
            Math.Min(180, around.Longitude + width / 2), Math.Min(85, around.Latitude + height / 2));
        return new View(filter, box, zoom, around.PlaceId!.Value);
    }

    /// <summary>Asks each view as the map page does (each in its own scope, as each HTTP request is); times each call when <paramref name="timings"/> is given.</summary>
    private static async Task AskAsync(IServiceProvider services, List<View> views, CorpusSummary summary,
        Dictionary<string, List<(double Cpu, double Wall)>>? timings)
    {
        foreach (var view in views)
        {
            var boxed = view.Filter with { Box = view.Box };
            // Counts first: they find the view's matching rows (a RowSet), which the markers and often the facets then share.
            await Timed("counts", q => q.CountAsync(view.Filter));
            await Timed("markers", q => q.GetMarkersAsync(boxed, view.Box, view.Zoom));
            await Timed("histogram", q => q.GetHistogramAsync(view.Filter, summary.FirstDay!.Value, summary.LastDay!.Value, TimeBucketSize.Month));
            await Timed("facets", q => q.GetFacetsAsync(view.Filter));
            await Timed("list", q => q.GetReportPageAsync(boxed, 0, 50));
            await Timed("popup", q => q.GetPlaceReportPageAsync(view.PopupPlace, view.Filter with { PlaceId = view.PopupPlace }, 0, 20));
        }

        async Task<T> Timed<T>(string operation, Func<IMapViewQueries, Task<T>> call)
        {
            using var scope = services.CreateScope();
            var queries = scope.ServiceProvider.GetRequiredService<IMapViewQueries>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var answer = await call(queries);
            var wall = clock.Elapsed.TotalMilliseconds;
            if (timings is not null)
            {
                timings[operation].Add(((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, wall));
            }

            return answer;
        }
    }

    // --data DIR is the SQLite store's folder, unless the two store settings (as the app takes them) name PostgreSQL.
    private static (string Data, int Views, DatabaseSettings Store)? Parse(string[] args)
    {
        string? data = null, provider = null, connectionString = null;
        var views = 300;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data" when value is not null: data = Path.GetFullPath(value); break;
                case "--views" when int.TryParse(value, CultureInfo.InvariantCulture, out views) && views > 0: break;
                case "--Database:Provider" when value is not null: provider = value; break;
                case "--ConnectionStrings:MapDashboard" when value is not null: connectionString = value; break;
                default: return null;
            }
        }

        return data is null ? null : (data, views, DatabaseSettings.From(provider, connectionString, Path.Combine(data, "mapdashboard.db")));
    }
}
