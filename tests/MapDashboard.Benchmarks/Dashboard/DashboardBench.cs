using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Reflection;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>
/// <c>-- dashboard-bench --data DIR [--seconds 15] [--clients 10] [--warmup 5] [--skip ROUTE,...] [--app DLL]</c>: the dashboard's server under a
/// realistic read load, for the budgets of the issue. Starts the app on DIR (<see cref="ServerProcess"/>), waits for the
/// index, warms up (<c>--warmup</c> seconds of the same load), then <c>--clients</c> concurrent clients each ask view after view (<see cref="DashboardViews"/>)
/// for <c>--seconds</c>; then one whole-corpus CSV export. Prints markdown tables: per route the requests, rate,
/// latency percentiles and bytes per answer (as sent, and unpacked where the server compressed); the export's first
/// byte, total time, size and the server's memory around it; the server's idle memory and its CPU time beside the wall
/// time. <c>--skip facets</c> leaves a route out, to see the others without its load. <c>--Database:Provider postgres
/// --ConnectionStrings:MapDashboard "..."</c> are handed to the server: the store is then that PostgreSQL database
/// (written by <c>synth --direct</c> with the same two settings) and DIR only the app's data folder. Latencies are measured by the clients over loopback, on the same cores as the server: an upper bound.
/// </summary>
internal static class DashboardBench
{
    private const int Seed = 20170317;
    private static readonly string[] Routes = ["map", "counts", "histogram", "facets", "list", "popup", "summary"];

    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        if (!TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: dashboard-bench --data DIR [--seconds 15] [--clients 10] [--warmup 5] [--skip ROUTE,...] [--app path/to/MapDashboard.dll] [--Database:Provider postgres --ConnectionStrings:MapDashboard CS]");
            return 2;
        }

        using var server = ServerProcess.Start(options.App, options.Data, options.Store);
        using var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = 256 };
        using var client = server.CreateClient(handler);
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");
        var ready = await server.WaitUntilReadyAsync(client);
        // What views are drawn from is read unpacked (the server compresses /api); the load itself counts bytes as sent.
        using var setupHandler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
        using var setupClient = server.CreateClient(setupHandler);
        var views = await DashboardViews.ReadAsync(setupClient);
        var page = await GetAsync(client, "");
        // Warmed up as a running server is: every client at once (the JIT's later tiers and the caches settle under load).
        await LoadAsync(client, views, options.Clients, options.WarmUp, Seed - 1, options.Skip);
        var idle = server.Memory();

        var cpuBefore = server.CpuTime();
        var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        // On PostgreSQL part of a view's work is the database's: its processes' CPU (the whole cluster's, whoever it served).
        var postgresBefore = ProcessCpu.OfAllNamed("postgres");
        var wall = Stopwatch.StartNew();
        var samples = await LoadAsync(client, views, options.Clients, options.Duration, Seed, options.Skip);
        wall.Stop();
        var serverCpu = server.CpuTime() - cpuBefore;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
        var postgresCpu = ProcessCpu.OfAllNamed("postgres") - postgresBefore;
        var afterLoad = server.Memory();

        var export = await ExportAsync(client, server);

        output.WriteLine($"Dashboard bench: {options.StoreName}, {options.Clients} clients for {options.Duration.TotalSeconds:0} s " +
            $"(server ready in {ready.TotalSeconds:0.0} s; page / {page.Bytes / 1024.0:0.0} KB)");
        output.WriteLine();
        output.WriteLine("| route | requests | req/s | p50 ms | p95 ms | max ms | KB/answer (sent) | KB/answer (unpacked) | statuses |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var route in Routes)
        {
            var s = samples.Where(x => x.Route == route).ToList();
            if (s.Count == 0)
            {
                continue;
            }

            var ms = s.Select(x => x.Milliseconds).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {route} | {s.Count} | {s.Count / wall.Elapsed.TotalSeconds:0.0} | {Percentile(ms, 0.5):0.0} | {Percentile(ms, 0.95):0.0} | {ms[^1]:0.0} | " +
                $"{s.Average(x => x.WireBytes) / 1024:0.0} | {s.Average(x => x.Bytes) / 1024:0.0} | {Statuses(s)} |"));
        }

        var perView = samples.Where(x => x.Route is "map" or "counts" or "histogram" or "facets" or "list").GroupBy(x => x.View).Select(g => g.Sum(x => x.WireBytes)).ToList();
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("| --- | ---: |");
        Row(output, "bytes sent for one view (map, counts, histogram, facets, list), mean / max", $"{perView.Average() / 1024:0.0} KB / {perView.Max() / 1024.0:0.0} KB");
        Row(output, "server CPU during the load / wall time", $"{serverCpu.TotalSeconds:0.0} s / {wall.Elapsed.TotalSeconds:0.0} s ({serverCpu / wall.Elapsed:0.00} cores)");
        var viewsAnswered = samples.Count(x => x.Route == "map");
        Row(output, "views answered / server CPU per view", $"{viewsAnswered} / {serverCpu.TotalMilliseconds / Math.Max(1, viewsAnswered):0.0} ms");
        if (options.Store.Count > 0)
        {
            Row(output, "PostgreSQL CPU during the load (the cluster's) / per view", $"{postgresCpu.TotalSeconds:0.0} s / {postgresCpu.TotalMilliseconds / Math.Max(1, viewsAnswered):0.0} ms");
        }

        Row(output, "bench clients' CPU on the same cores", $"{clientCpu.TotalSeconds:0.0} s");
        Row(output, "server RSS idle (index loaded, warmed up) / after the load", $"{Megabytes(idle.Rss)} / {Megabytes(afterLoad.Rss)}");
        Row(output, "CSV export (whole corpus): first byte / total", $"{export.FirstByte.TotalSeconds:0.00} s / {export.Total.TotalSeconds:0.00} s");
        Row(output, "CSV export: size, status", $"{export.Bytes / 1048576.0:0.0} MB, {export.Status}");
        Row(output, "CSV export: server RSS before / peak (sampled) / after", $"{Megabytes(export.Before)} / {Megabytes(export.Peak)} / {Megabytes(export.After)}");
        Row(output, "server RSS high-water mark (VmHWM) before / after the export", $"{Megabytes(export.PeakBefore)} / {Megabytes(export.PeakAfter)}");
        return samples.Any(x => x.Status >= 500 || x.Status == 0) ? 1 : 0;
    }

    /// <summary>One answer: its route, the view it belonged to, latency, HTTP status (0: failed), bytes sent and unpacked.</summary>
    private sealed record Sample(string Route, int View, double Milliseconds, int Status, long WireBytes, long Bytes);

    private sealed record Options(string Data, string App, int Clients, TimeSpan Duration, TimeSpan WarmUp, IReadOnlySet<string> Skip, List<string> Store)
    {
        /// <summary>The store benched: the data folder's SQLite file, or the PostgreSQL database named.</summary>
        public string StoreName => Store.IndexOf("--ConnectionStrings:MapDashboard") is var at and >= 0
            ? $"PostgreSQL database {new Npgsql.NpgsqlConnectionStringBuilder(Store[at + 1]).Database}"
            : Data;
    }

    private sealed record Export(TimeSpan FirstByte, TimeSpan Total, long Bytes, int Status, long Before, long Peak, long After, long PeakBefore, long PeakAfter);

    /// <summary><paramref name="clients"/> loops, each asking views drawn from its own seed until <paramref name="duration"/> is over.</summary>
    private static async Task<List<Sample>> LoadAsync(HttpClient client, DashboardViews views, int clients, TimeSpan duration, int seed, IReadOnlySet<string> skip)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var loops = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            var random = new Random(seed + i);
            var samples = new List<Sample>();
            for (var n = 0; Stopwatch.GetTimestamp() < deadline; n++)
            {
                var view = views.Next(random);
                var id = i * 1_000_000 + n;
                // As the map page asks: markers of the view; counts and histogram of the filter; the panel's facet counts
                // (each facet's own choice left out); the list of what is in view (sometimes its second page); the popup of
                // a place; now and then the summary.
                var (map, markers) = await GetWithBodyAsync(client, "map", id, $"api/map?{DashboardView.Join(view.Filter, view.Viewport)}");
                samples.Add(map);
                await Ask("counts", $"api/counts?{view.Filter}");
                await Ask("histogram", $"api/histogram?{view.Filter}");
                await Ask("facets", $"api/facet-counts?{view.Filter}");
                var offset = random.NextDouble() < 0.2 ? 50 : 0;
                await Ask("list", $"api/reports?{DashboardView.Join(view.Filter, view.Box, $"offset={offset}&count=50")}");
                // A popup is opened on a marker the map shows: one of the view's places (the view's centre when it shows none).
                var shown = DashboardViews.PlacesIn(markers);
                await Ask("popup", $"fragments/place/{(shown.Count > 0 ? shown[random.Next(shown.Count)] : view.Around.Id)}?{view.Filter}");
                if (random.NextDouble() < 0.1)
                {
                    await Ask("summary", "api/summary");
                }

                async Task Ask(string route, string url)
                {
                    if (!skip.Contains(route))
                    {
                        samples.Add(await GetAsync(client, route, id, url));
                    }
                }
            }

            return samples;
        })).ToList();
        return [.. (await Task.WhenAll(loops)).SelectMany(s => s)];
    }

    private static async Task<Sample> GetAsync(HttpClient client, string url) => await GetAsync(client, "page", 0, url);

    private static async Task<Sample> GetAsync(HttpClient client, string route, int view, string url) =>
        (await GetWithBodyAsync(client, route, view, url)).Sample;

    /// <summary>One answer's sample, and its body unpacked (empty when the request failed).</summary>
    private static async Task<(Sample Sample, byte[] Body)> GetWithBodyAsync(HttpClient client, string route, int view, string url)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            var wire = await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var body = Unpacked(wire, response.Content.Headers.ContentEncoding);
            return (new Sample(route, view, elapsed, (int)response.StatusCode, wire.Length, body.Length), body);
        }
        catch (HttpRequestException)
        {
            return (new Sample(route, view, clock.Elapsed.TotalMilliseconds, 0, 0, 0), []);
        }
    }

    private static byte[] Unpacked(byte[] wire, ICollection<string> encodings)
    {
        Stream? unpack = encodings.FirstOrDefault() switch
        {
            "gzip" => new GZipStream(new MemoryStream(wire), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress),
            _ => null,
        };
        if (unpack is null)
        {
            return wire;
        }

        using (unpack)
        {
            var body = new MemoryStream();
            unpack.CopyTo(body);
            return body.ToArray();
        }
    }

    /// <summary>The whole corpus as CSV, streamed and counted; the server's memory sampled every 20 ms meanwhile.</summary>
    private static async Task<Export> ExportAsync(HttpClient client, ServerProcess server)
    {
        var (before, peakBefore) = server.Memory();
        using var sampling = new CancellationTokenSource();
        var peak = before;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.Memory().Rss);
                await Task.Delay(20, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("api/events.csv", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        var read = await body.ReadAsync(buffer);
        var firstByte = clock.Elapsed;
        long bytes = read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
        }

        var total = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1));
        await sampling.CancelAsync();
        await sampler;
        var (after, peakAfter) = server.Memory();
        return new Export(firstByte, total, bytes, (int)response.StatusCode, before, peak, after, peakBefore, peakAfter);
    }

    // "200×170 404×7": a popup of a place the filter leaves out is a 404, as in the browser; 0 is a failed request.
    private static string Statuses(List<Sample> samples) =>
        string.Join(' ', samples.GroupBy(x => x.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));

    private static double Percentile(List<double> sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0} MB");

    private static void Row(TextWriter output, string measure, string value) => output.WriteLine($"| {measure} | {value} |");

    private static bool TryParse(string[] args, out Options options, out string error)
    {
        string? data = null, app = null;
        var skip = new HashSet<string>(StringComparer.Ordinal);
        var store = new List<string>();
        int clients = 10, seconds = 15, warmUp = 5;
        error = "";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = Path.GetFullPath(args[i + 1]); break;
                case "--app": app = Path.GetFullPath(args[i + 1]); break;
                case "--Database:Provider" or "--ConnectionStrings:MapDashboard": store.AddRange([args[i], args[i + 1]]); break;
                case "--skip": skip.UnionWith(args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--clients" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out clients) && clients > 0: break;
                case "--seconds" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out seconds) && seconds > 0: break;
                case "--warmup" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out warmUp) && warmUp >= 0: break;
                default: error = $"unknown or malformed option {args[i]} {args[i + 1]}"; break;
            }
        }

        app ??= DefaultApp();
        options = new Options(data ?? "", app, clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmUp), skip, store);
        error = CheckDataAndApp(error, args, data ?? "", app);

        return error.Length == 0;
    }

    // The app built in the same configuration as this bench (Release for numbers worth quoting).
    /// <summary>The options' error so far, else what is wrong with <c>--data</c> and <c>--app</c> (empty when nothing).</summary>
    internal static string CheckDataAndApp(string error, string[] args, string data, string app) =>
        error.Length > 0 ? error
        : args.Length % 2 != 0 || data.Length == 0 ? "--data DIR is required (a store written by: MapDashboard synth --direct --events N --data DIR)"
        : !File.Exists(app) ? $"{app} not found: build it first (dotnet build -c Release src/MapDashboard) or pass --app"
        : "";

    internal static string DefaultApp()
    {
        var configuration = typeof(DashboardBench).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(RepositoryPaths.Root, "src", "MapDashboard", "bin", configuration, "net10.0", "MapDashboard.dll");
    }
}
