using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>
/// <c>-- dashboard-browser --data DIR [--steps 20] [--renders 5] [--profile] [--app DLL]</c>: the issue's browser budgets. Starts the
/// app on DIR (<see cref="ServerProcess"/>), opens the map page in Debian's Chromium (<c>/usr/bin/chromium</c>) once to
/// warm the server, then measures, each as median / max:
/// <list type="bullet">
/// <item>first render: navigation → markers, list and histogram drawn (<c>--renders</c> reloads);</item>
/// <item>slider step: a key press on the "from" handle → the page's redraw done (<c>--steps</c> steps);</item>
/// <item>pan (the arrow keys on the focused map) and zoom (the +/− buttons) → the redraw done,
/// from the input and from the map's last report of the view to the server before the redraw (since the map asks
/// for the view an animation lands on when it starts, at the animation's start; before, at its end, 250 ms later).</item>
/// </list>
/// "Redraw done" is the page's <c>data-draws</c> counter, which the server bumps in the same render as the
/// histogram and the counts, after the map has drawn the new markers (a JS call it awaits) and the list has read
/// its page: all three reflect the new state. Beside each: the server's CPU time (<c>/proc</c>) and the page's
/// main-thread time (CDP <c>Performance.getMetrics</c>: TaskDuration, of it ScriptDuration and layout + style), per
/// sample, and the circuit's WebSocket messages and bytes per sample: wall time on a shared machine varies 2-4×.
/// <c>--profile</c> also prints the page's JavaScript functions by self time over the slider steps (a CDP CPU profile).
/// </summary>
internal static class BrowserBench
{
    /// <summary>
    /// Counts the circuit's WebSocket frames and notes when the page's redraw counter moves and when the map reports a
    /// view, on the page's own clock (performance.now()).
    /// </summary>
    private const string Probe = """
        (() => {
          const s = window.__bench = { sent: 0, sentBytes: 0, received: 0, receivedBytes: 0, draws: [], views: [] };
          const size = (d) => typeof d === 'string' ? d.length : (d.byteLength ?? d.size ?? 0);
          const send = WebSocket.prototype.send;
          WebSocket.prototype.send = function (data) {
            s.sent++; s.sentBytes += size(data);
            const text = typeof data === 'string' ? data : new TextDecoder('latin1').decode(data);
            if (text.includes('OnViewChanged')) s.views.push(performance.now());
            if (!this.__bench) {
              this.__bench = true;
              this.addEventListener('message', (e) => { s.received++; s.receivedBytes += size(e.data); });
            }
            return send.call(this, data);
          };
          new MutationObserver(() => s.draws.push(performance.now()))
            .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-draws'] });
        })();
        """;

    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        if (!TryParse(args, out var data, out var app, out var steps, out var renders, out var profile, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: dashboard-browser --data DIR [--steps 20] [--renders 5] [--profile] [--app path/to/MapDashboard.dll]");
            return 2;
        }

        if (DebianChromium.IsMissing())
        {
            return 2;
        }

        using var server = ServerProcess.Start(app, data);
        using var client = server.CreateClient();
        var ready = await server.WaitUntilReadyAsync(client);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, BaseURL = server.Address.ToString() });
        await context.AddInitScriptAsync(Probe);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) =>
        {
            errors.Add(e);
            Console.Error.WriteLine($"page error: {e}");
        };
        page.Console += (_, m) =>
        {
            if (m.Type == "error") Console.Error.WriteLine($"page console: {m.Text}");
        };
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var meter = new Meter(server, page, cdp);

        // A first visit warms the server (the JIT, the index's caches, the basemap labels) as a running app would be.
        await page.GotoAsync("/");
        await WaitForFirstRenderAsync(page);
        var results = new List<Result>();
        results.Add(await meter.MeasureLoadsAsync("first render (navigation → markers, list, histogram)", renders, async () =>
        {
            await page.ReloadAsync();
            await WaitForFirstRenderAsync(page);
        }));
        var firstCount = await CountTextAsync(page);

        // The slider first, from the whole span: the start moves 30 days on (PageUp) for half the steps, narrowing the
        // range, then back (PageDown). The count after the first half must differ from the whole span's.
        await page.Locator("[role=slider][data-thumb=from]").FocusAsync();
        var stepped = 0;
        var lastCount = firstCount;
        if (profile)
        {
            await cdp.SendAsync("Profiler.enable");
            await cdp.SendAsync("Profiler.start");
        }

        results.Add(await meter.MeasureAsync("slider step (key → map, histogram, list redrawn)", steps, fromView: false, async () =>
        {
            await RedrawAfterAsync(page, () => page.Keyboard.PressAsync(stepped++ < steps / 2 ? "PageUp" : "PageDown"));
            if (stepped == steps / 2) lastCount = await CountTextAsync(page);
        }));
        if (profile)
        {
            PrintProfile(output, await cdp.SendAsync("Profiler.stop"), steps);
        }

        // The arrow keys on the focused map: Leaflet pans 80 px a press (a quarter-second animation), back and forth.
        await page.Locator("[data-role=map]").FocusAsync();
        var pans = 0;
        var pan = await meter.MeasureAsync("pan (arrow key → markers drawn)", steps, fromView: true, () => RedrawAfterAsync(page,
            () => page.Keyboard.PressAsync(pans++ % 4 < 2 ? "ArrowRight" : "ArrowLeft"), untilStill: true));
        results.Add(pan);
        var zooms = 0;
        results.Add(await meter.MeasureAsync("zoom (+/− button → markers drawn)", steps, fromView: true, () => RedrawAfterAsync(page,
            () => page.Locator(zooms++ % 2 == 0 ? ".leaflet-control-zoom-in" : ".leaflet-control-zoom-out").ClickAsync(), untilStill: true)));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dashboard-browser.png") });

        output.WriteLine($"Dashboard in the browser: {data} (server ready in {ready.TotalSeconds:0.0} s; " +
            $"shown '{firstCount}', after the slider steps '{lastCount}'; Chromium {browser.Version}, 1280×800)");
        output.WriteLine();
        output.WriteLine("| measure | n | median ms | max ms | from settled view, median / max ms | server CPU ms | page main thread ms (script, layout+style) | WebSocket msgs in / out, KB in |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Wall.Count} | {Median(r.Wall):0} | {r.Wall.Max():0} | {(r.FromView.Count > 0 ? $"{Median(r.FromView):0} / {r.FromView.Max():0}" : "")} | " +
                $"{r.ServerCpu:0.0} | {r.Task:0.0} ({r.Script:0.0}, {r.Layout:0.0}) | {r.Received:0.0} / {r.Sent:0.0}, {r.ReceivedKb:0.0} |"));
        }

        output.WriteLine();
        output.WriteLine("CPU and messages are per sample (mean); the server's from /proc (its user + system time, 10-ms ticks), the page's from CDP Performance.getMetrics.");
        if (errors.Count > 0)
        {
            output.WriteLine($"page errors: {string.Join(" | ", errors)}");
            return 1;
        }

        return firstCount == lastCount ? 1 : 0;
    }

    /// <summary>The page's JavaScript functions by self time over the slider steps (a CDP CPU profile), the top 25.</summary>
    private static void PrintProfile(TextWriter output, JsonElement? reply, int steps)
    {
        if (reply is not { } json || !json.TryGetProperty("profile", out var profile)) return;
        var names = new Dictionary<int, string>();
        foreach (var node in profile.GetProperty("nodes").EnumerateArray())
        {
            var frame = node.GetProperty("callFrame");
            var url = frame.GetProperty("url").GetString() ?? "";
            names[node.GetProperty("id").GetInt32()] =
                $"{frame.GetProperty("functionName").GetString() switch { "" or null => "(anonymous)", var f => f }} {Path.GetFileName(url)}:{frame.GetProperty("lineNumber").GetInt32() + 1}";
        }

        var self = new Dictionary<string, double>();
        var ids = profile.GetProperty("samples").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var deltas = profile.GetProperty("timeDeltas").EnumerateArray().Select(e => e.GetDouble()).ToList();
        for (var i = 0; i + 1 < ids.Count; i++)
        {
            var name = names[ids[i]];
            self[name] = self.GetValueOrDefault(name) + deltas[i + 1] / 1000;
        }

        output.WriteLine($"Slider steps' CPU profile: self time per step, ms (top 25 of {self.Count})");
        foreach (var (name, ms) in self.OrderByDescending(p => p.Value).Take(25))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms / steps,8:0.0}  {name}"));
        }

        output.WriteLine();
    }

    private static async Task WaitForFirstRenderAsync(IPage page)
    {
        foreach (var selector in new[]
        {
            "[data-dashboard][data-state=ready]", "[data-dashboard][data-markers]:not([data-markers='0'])",
            "[data-role=event-list-items] .event-item", "[data-role=histogram-svg] rect",
        })
        {
            await page.WaitForSelectorAsync(selector, new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        }
    }

    /// <summary>
    /// Does <paramref name="input"/> and waits until the page's redraw counter has moved on; <paramref name="untilStill"/>:
    /// then also until the map's pan or zoom animation is over. The map asks for the view an animation lands on when
    /// it starts, so the redraw can come first, and Leaflet ignores an arrow key or a +/− click while it animates:
    /// the next sample's input was lost and no redraw followed.
    /// </summary>
    private static async Task RedrawAfterAsync(IPage page, Func<Task> input, bool untilStill = false)
    {
        var draws = await page.Locator("[data-dashboard]").GetAttributeAsync("data-draws");
        await input();
        try
        {
            await page.WaitForFunctionAsync("n => document.querySelector('[data-dashboard]').dataset.draws !== n", draws, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "dashboard-browser-stuck.png") });
            throw new TimeoutException($"no redraw within 30 s of the input (probe: {await page.EvaluateAsync<string>("() => JSON.stringify(__bench).slice(0, 2000)")})");
        }
        if (untilStill)
        {
            await page.WaitForFunctionAsync("() => !document.querySelector('.leaflet-pan-anim, .leaflet-zoom-anim')", null, new() { Timeout = 30_000 });
        }
    }

    private static Task<string?> CountTextAsync(IPage page) => page.Locator("[data-role=event-count]").TextContentAsync();

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Result(
        string Name, List<double> Wall, List<double> FromView, double ServerCpu, double Task, double Script, double Layout,
        double Received, double Sent, double ReceivedKb);

    /// <summary>Times samples on the page's clock and sums the server's and the page's CPU over them.</summary>
    private sealed class Meter(ServerProcess server, IPage page, ICDPSession cdp)
    {
        public async Task<Result> MeasureAsync(string name, int count, bool fromView, Func<Task> sample)
        {
            var wall = new List<double>();
            var settled = new List<double>();
            var (cpu, metrics, frames) = (server.CpuTime(), await MetricsAsync(), await FramesAsync());
            for (var i = 0; i < count; i++)
            {
                var start = await page.EvaluateAsync<double>("() => { __bench.views.length = 0; return performance.now(); }");
                await sample();
                // The redraw counter's last move, and the last view the map reported before it.
                var marks = await page.EvaluateAsync<double[]>("() => [__bench.draws.at(-1) ?? 0, __bench.views.at(-1) ?? -1]");
                wall.Add(marks[0] - start);
                if (fromView && marks[1] >= start)
                {
                    settled.Add(marks[0] - marks[1]);
                }
            }

            var (cpuAfter, metricsAfter, framesAfter) = (server.CpuTime(), await MetricsAsync(), await FramesAsync());
            double Delta(string metric) => (metricsAfter.GetValueOrDefault(metric) - metrics.GetValueOrDefault(metric)) * 1000 / count;
            return new Result(name, wall, settled, (cpuAfter - cpu).TotalMilliseconds / count,
                Delta("TaskDuration"), Delta("ScriptDuration"), Delta("LayoutDuration") + Delta("RecalcStyleDuration"),
                (framesAfter[0] - frames[0]) / count, (framesAfter[1] - frames[1]) / count, (framesAfter[2] - frames[2]) / 1024 / count);
        }

        /// <summary>
        /// Page loads: timed on the bench's clock (navigation starts a new page clock), the page's metrics and frames read
        /// after each load (a navigation starts them again from zero) and summed.
        /// </summary>
        public async Task<Result> MeasureLoadsAsync(string name, int count, Func<Task> load)
        {
            var wall = new List<double>();
            var (cpu, task, script, layout, frames) = (server.CpuTime(), 0.0, 0.0, 0.0, new double[3]);
            for (var i = 0; i < count; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await load();
                wall.Add(clock.Elapsed.TotalMilliseconds);
                var metrics = await MetricsAsync();
                task += metrics.GetValueOrDefault("TaskDuration") * 1000;
                script += metrics.GetValueOrDefault("ScriptDuration") * 1000;
                layout += (metrics.GetValueOrDefault("LayoutDuration") + metrics.GetValueOrDefault("RecalcStyleDuration")) * 1000;
                var loaded = await FramesAsync();
                for (var f = 0; f < frames.Length; f++) frames[f] += loaded[f];
            }

            return new Result(name, wall, [], (server.CpuTime() - cpu).TotalMilliseconds / count, task / count, script / count, layout / count,
                frames[0] / count, frames[1] / count, frames[2] / 1024 / count);
        }

        private async Task<Dictionary<string, double>> MetricsAsync()
        {
            var reply = await cdp.SendAsync("Performance.getMetrics");
            var metrics = new Dictionary<string, double>();
            if (reply is { } json && json.TryGetProperty("metrics", out var list))
            {
                foreach (var metric in list.EnumerateArray())
                {
                    metrics[metric.GetProperty("name").GetString()!] = metric.GetProperty("value").GetDouble();
                }
            }

            return metrics;
        }

        private async Task<double[]> FramesAsync()
        {
            var json = await page.EvaluateAsync<JsonElement>("() => [__bench.received, __bench.sent, __bench.receivedBytes]");
            return [.. json.EnumerateArray().Select(e => e.GetDouble())];
        }
    }

    private static bool TryParse(string[] args, out string data, out string app, out int steps, out int renders, out bool profile, out string error)
    {
        (data, app, steps, renders, error) = ("", DashboardBench.DefaultApp(), 20, 5, "");
        profile = args.Contains("--profile");
        args = [.. args.Where(a => a != "--profile")];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = Path.GetFullPath(args[i + 1]); break;
                case "--app": app = Path.GetFullPath(args[i + 1]); break;
                case "--steps" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out steps) && steps > 0: break;
                case "--renders" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out renders) && renders > 0: break;
                default: error = $"unknown or malformed option {args[i]} {args[i + 1]}"; break;
            }
        }

        error = DashboardBench.CheckDataAndApp(error, args, data, app);

        return error.Length == 0;
    }
}
