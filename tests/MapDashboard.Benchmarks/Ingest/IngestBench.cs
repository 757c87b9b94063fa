using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Benchmarks.Dashboard;
using Npgsql;

namespace MapDashboard.Benchmarks.Ingest;

/// <summary>
/// <c>-- ingest-bench [--ingesters 1,2,4] [--events 10000] [--shared 300] [--server CS] [--work DIR] [--app DLL] [--keep]</c>:
/// the throughput of several <c>ingest</c> processes (the real verb: geoparser and store) on one PostgreSQL database.
/// For each count N, a new database from <c>mapdashboard_template</c> on <c>--server</c> (migrated once, alone), then N
/// processes at once, each on its own folder of <c>synth</c> reports (<c>--events</c> place mentions, its own seed),
/// all first on one shared folder (<c>--shared</c> mentions), so that they race to store the same articles. Prints per N:
/// articles and events stored per second of wall time, the ingesters' CPU time (user + sys, waited-for children of this
/// process) and PostgreSQL's (every <c>postgres</c> process of the cluster, whoever it served), and the checks: each
/// article stored once (one row per content hash, as many as distinct report files), no deadlock (the database's
/// <c>pg_stat_database.deadlocks</c> and the ingesters' error output), every file stored or found stored.
/// </summary>
internal static partial class IngestBench
{
    private const int Seed = 20261204;
    private const string Template = "mapdashboard_template";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=mapdashboard;Password=mapdashboard;Database=postgres";

    public static async Task<int> RunAsync(TextWriter output, string[] args)
    {
        if (!TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: ingest-bench [--ingesters 1,2,4] [--events 10000] [--shared 300] [--server CS] [--work DIR] [--app DLL] [--keep]");
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        var shared = await SynthFolderAsync(options, "files-shared", options.SharedEvents, Seed - 1);
        var own = new List<string>();
        for (var i = 0; i < options.Ingesters.Max(); i++)
        {
            own.Add(await SynthFolderAsync(options, $"files-{i}", options.Events, Seed + i));
        }

        var rows = new List<string>();
        var failed = false;
        foreach (var count in options.Ingesters)
        {
            var result = await RunOnceAsync(options, count, shared, own);
            failed |= !result.Clean;
            rows.Add(result.Row);
        }

        output.WriteLine($"Ingest bench: {string.Join(", ", options.Ingesters)} concurrent `ingest` processes on one PostgreSQL database, " +
            $"each on {options.Events} synth mentions of its own after {options.SharedEvents} shared by all ({Environment.ProcessorCount} cores)");
        output.WriteLine();
        output.WriteLine("| ingesters | files | articles stored / distinct files | events stored | wall s | articles/s | events/s | ingesters' CPU s | " +
            "CPU per stored article | PostgreSQL CPU s | found stored by another | duplicate hashes | deadlocks (pg_stat / logs) | exit codes |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var row in rows)
        {
            output.WriteLine(row);
        }

        return failed ? 1 : 0;
    }

    private sealed record Options(int[] Ingesters, int Events, int SharedEvents, string Server, string Work, string App, bool Keep);

    private sealed record IngestRun(int ExitCode, string Out, string Error);

    private static async Task<(string Row, bool Clean)> RunOnceAsync(Options options, int count, string shared, List<string> own)
    {
        var database = $"md_ingest_bench_{count}_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await ExecuteAsync(options.Server, $"CREATE DATABASE \"{database}\" TEMPLATE \"{Template}\"");
        var store = new NpgsqlConnectionStringBuilder(options.Server) { Database = database }.ConnectionString;
        try
        {
            // Migrated once, alone (as the README says to start the first instance): processes migrating a new database
            // at once would race to create its history table.
            var empty = Directory.CreateDirectory(Path.Combine(options.Work, "empty")).FullName;
            var migrate = await IngestAsync(options, store, Path.Combine(options.Work, "data-migrate"), empty);
            if (migrate.ExitCode != 0)
            {
                throw new InvalidOperationException($"ingest could not migrate {database}: {migrate.Error}");
            }

            var folders = own.Take(count).ToList();
            var cpuBefore = ProcessCpu.Read(Environment.ProcessId).Children;
            var postgresBefore = ProcessCpu.OfAllNamed("postgres");
            var wall = Stopwatch.StartNew();
            var runs = await Task.WhenAll(folders.Select((folder, i) =>
                IngestAsync(options, store, Path.Combine(options.Work, $"data-{count}-{i}"), shared, folder)));
            wall.Stop();
            var cpu = ProcessCpu.Read(Environment.ProcessId).Children - cpuBefore;
            var postgres = ProcessCpu.OfAllNamed("postgres") - postgresBefore;

            var files = folders.Prepend(shared).SelectMany(f => Directory.EnumerateFiles(f, "*.txt")).ToList();
            var distinctFiles = files.Select(File.ReadAllText).Distinct(StringComparer.Ordinal).Count();
            var articles = await ScalarAsync(store, """SELECT count(*) FROM "Articles" """);
            var hashes = await ScalarAsync(store, """SELECT count(DISTINCT "ContentHash") FROM "Articles" """);
            var events = await ScalarAsync(store, """SELECT count(*) FROM "Mentions" WHERE "PlaceId" IS NOT NULL""");
            var deadlocks = await ScalarAsync(store, $"SELECT deadlocks FROM pg_stat_database WHERE datname = '{database}'");
            var loggedDeadlocks = runs.Sum(r => DeadlockMention().Count(r.Error));
            // The race the shared folder makes: files or articles an ingester found stored by another ("already ingested",
            // "(N already stored)" in the verb's output).
            var foundStored = runs.Sum(r => AlreadyIngested().Count(r.Out) +
                AlreadyStored().Matches(r.Out).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
            var clean = articles == hashes && articles == distinctFiles && deadlocks == 0 && loggedDeadlocks == 0 && runs.All(r => r.ExitCode == 0);
            var seconds = wall.Elapsed.TotalSeconds;
            return (string.Create(CultureInfo.InvariantCulture,
                $"| {count} | {files.Count:N0} | {articles:N0} / {distinctFiles:N0} | {events:N0} | {seconds:0.0} | {articles / seconds:0.0} | {events / seconds:0.0} | " +
                $"{cpu.TotalSeconds:0.0} | {cpu.TotalMilliseconds / Math.Max(1, articles):0.0} ms | {postgres.TotalSeconds:0.0} | {foundStored} | {articles - hashes} | " +
                $"{deadlocks} / {loggedDeadlocks} | {string.Join(' ', runs.Select(r => r.ExitCode))} |"), clean);
        }
        finally
        {
            if (!options.Keep)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(options.Server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
        }
    }

    /// <summary>A folder of <c>synth</c> reports (the app's verb: same seed, same files), written once and kept for later runs.</summary>
    private static async Task<string> SynthFolderAsync(Options options, string name, int events, int seed)
    {
        var folder = Path.Combine(options.Work, $"{name}-{events}-{seed}");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any())
        {
            return folder;
        }

        var run = await RunAppAsync(options, ["synth", "--events", $"{events}", "--seed", $"{seed}", "--out", folder, "--data", Path.Combine(options.Work, "data-synth")]);
        return run.ExitCode == 0 ? folder : throw new InvalidOperationException($"synth failed: {run.Error}");
    }

    private static Task<IngestRun> IngestAsync(Options options, string store, string data, params string[] folders) =>
        RunAppAsync(options, ["ingest", .. folders, "--data", data, "--Database:Provider", "postgres", "--ConnectionStrings:MapDashboard", store]);

    private static async Task<IngestRun> RunAppAsync(Options options, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[options.App, .. args])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start dotnet {options.App}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new IngestRun(process.ExitCode, await output, await error);
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // PostgreSQL's "deadlock detected" (SQLSTATE 40P01), as Npgsql words it in an exception an ingester logs.
    [GeneratedRegex("deadlock|40P01", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlockMention();

    [GeneratedRegex("already ingested")]
    private static partial Regex AlreadyIngested();

    [GeneratedRegex(@"\((\d+) already stored\)")]
    private static partial Regex AlreadyStored();

    private static bool TryParse(string[] args, out Options options, out string error)
    {
        int[] ingesters = [1, 2, 4];
        int events = 10_000, shared = 300;
        string server = DefaultServer, work = Path.Combine(Path.GetTempPath(), "md-ingest-bench");
        string? app = null;
        var keep = false;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--keep": keep = true; continue;
                case "--ingesters": ingesters = [.. value.Split(',').Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0)]; break;
                case "--events" when int.TryParse(value, CultureInfo.InvariantCulture, out events) && events > 0: break;
                case "--shared" when int.TryParse(value, CultureInfo.InvariantCulture, out shared) && shared > 0: break;
                case "--server": server = value; break;
                case "--work": work = Path.GetFullPath(value); break;
                case "--app": app = Path.GetFullPath(value); break;
                default: error = $"unknown or malformed option {args[i]} {value}"; break;
            }

            i++;
        }

        app ??= DashboardBench.DefaultApp();
        options = new Options(ingesters, events, shared, server, work, app, keep);
        if (error.Length == 0 && (ingesters.Length == 0 || ingesters.Contains(0)))
        {
            error = "--ingesters takes counts above 0, comma-separated (1,2,4)";
        }
        else if (error.Length == 0 && !File.Exists(app))
        {
            error = $"{app} not found: build it first (dotnet build -c Release src/MapDashboard) or pass --app";
        }

        return error.Length == 0;
    }
}
