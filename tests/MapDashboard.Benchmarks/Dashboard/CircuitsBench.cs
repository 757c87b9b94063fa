using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>
/// <c>-- dashboard-circuits --data DIR [--pages 20] [--app DLL]</c>: the server's memory with many dashboards open (the
/// issue's "RSS with 20 open dashboards"). Starts the app on DIR (<see cref="ServerProcess"/>), then opens
/// <c>--pages</c> map pages in Debian's Chromium (<c>/usr/bin/chromium</c>, one browser context each: one Blazor circuit
/// each, with its own <c>DashboardState</c>), each at a different zoom and centre, waits until each has drawn its
/// markers and has moved its date slider once (a redraw through the circuit), and keeps them all open. Prints the
/// server's VmRSS before the first page, after the first and each fifth, with all open (and 10 s later), and its CPU time.
/// </summary>
internal static class CircuitsBench
{
    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        if (!TryParse(args, out var data, out var app, out var pages, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: dashboard-circuits --data DIR [--pages 20] [--app path/to/MapDashboard.dll]");
            return 2;
        }

        if (DebianChromium.IsMissing())
        {
            return 2;
        }

        using var server = ServerProcess.Start(app, data);
        using var client = server.CreateClient();
        var ready = await server.WaitUntilReadyAsync(client);
        var rows = new List<(string Moment, long Rss)> { ("index loaded, no page open", server.Memory().Rss) };
        var cpuBefore = server.CpuTime();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var open = new List<IBrowserContext>();
        var clock = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < pages; i++)
            {
                var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, BaseURL = server.Address.ToString() });
                open.Add(context);
                await OpenDashboardAsync(await context.NewPageAsync(), i);
                if ((i == 0 || (i + 1) % 5 == 0) && i + 1 < pages)
                {
                    rows.Add(($"{i + 1} dashboard{(i == 0 ? "" : "s")} open", server.Memory().Rss));
                }
            }

            var opened = clock.Elapsed;
            rows.Add(($"{pages} dashboards open", server.Memory().Rss));
            await Task.Delay(TimeSpan.FromSeconds(10));
            rows.Add(($"{pages} dashboards open, 10 s later", server.Memory().Rss));
            var (_, peak) = server.Memory();
            var cpu = server.CpuTime() - cpuBefore;

            output.WriteLine($"Dashboard circuits: {data}, {pages} map pages in Chromium, a Blazor circuit each (server ready in {ready.TotalSeconds:0.0} s; " +
                string.Create(CultureInfo.InvariantCulture, $"pages opened in {opened.TotalSeconds:0.0} s, server CPU {cpu.TotalSeconds:0.0} s)"));
            output.WriteLine();
            output.WriteLine("| moment | server RSS |");
            output.WriteLine("| --- | ---: |");
            foreach (var (moment, rss) in rows)
            {
                output.WriteLine($"| {moment} | {Megabytes(rss)} |");
            }

            output.WriteLine($"| high-water mark (VmHWM) | {Megabytes(peak)} |");
            // The first page loads what every page shares (the gazetteer for the basemap labels, the code's later JIT tiers).
            if (pages > 1)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| growth per dashboard after the first | {(rows[^1].Rss - rows[1].Rss) / (double)(pages - 1) / 1048576:0.0} MB |"));
            }
        }
        finally
        {
            foreach (var context in open)
            {
                await context.CloseAsync();
            }
        }

        return 0;
    }

    /// <summary>
    /// Opens the map page at a view of its own (page <paramref name="n"/>: zoom 2-6, centres 20-50° N, 0-80° E),
    /// waits for its markers, then moves the start of the date range one step and waits for the redraw.
    /// </summary>
    private static async Task OpenDashboardAsync(IPage page, int n)
    {
        await page.GotoAsync(string.Create(CultureInfo.InvariantCulture, $"/?zoom={2 + n % 5}&lat={20 + n % 7 * 5}&lon={n % 9 * 10}"));
        await page.WaitForSelectorAsync("[data-dashboard][data-state=ready]", new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        await page.WaitForSelectorAsync("[data-dashboard][data-markers]:not([data-markers='0'])", new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        var from = page.Locator("[role=slider][data-thumb=from]");
        await from.FocusAsync();
        var draws = await page.Locator("[data-dashboard]").GetAttributeAsync("data-draws");
        await page.Keyboard.PressAsync("PageUp");
        await page.WaitForFunctionAsync("n => document.querySelector('[data-dashboard]').dataset.draws !== n", draws, new() { Timeout = 120_000 });
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0} MB");

    private static bool TryParse(string[] args, out string data, out string app, out int pages, out string error)
    {
        (data, app, pages, error) = ("", DashboardBench.DefaultApp(), 20, "");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = Path.GetFullPath(args[i + 1]); break;
                case "--app": app = Path.GetFullPath(args[i + 1]); break;
                case "--pages" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out pages) && pages > 0: break;
                default: error = $"unknown or malformed option {args[i]} {args[i + 1]}"; break;
            }
        }

        error = DashboardBench.CheckDataAndApp(error, args, data, app);

        return error.Length == 0;
    }
}
