using System.CommandLine;
using System.Globalization;
using System.Text;
using MapDashboard.Data;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Sqlite;
using MapDashboard.Gazetteer;
using MapDashboard.Hosting;
using Npgsql;

namespace MapDashboard.Cli;

/// <summary>
/// <c>synth --events N --out DIR [--seed S] [--ingest]</c>: a reproducible synthetic corpus for the performance
/// bench. <c>synth --direct --events N</c> writes N events straight into the store instead (see
/// <see cref="SynthSqliteWriter"/>, <see cref="SynthPostgresWriter"/>): big corpora in minutes, over thousands of places. Plain-text articles (a title, a dateline, two to five dated sentences each naming a real gazetteer place)
/// spread over two years from 2016-01-01; about 70% of the places in Syria and Iraq, 20% in their neighbours and
/// 10% elsewhere, the mix of a regional conflict feed. The same seed writes the same files.
/// </summary>
internal static class SynthVerb
{
    /// <summary>Names the corpus draws from, by share; each is checked against the gazetteer and skipped if unknown.</summary>
    private static readonly (double Share, string[] Names)[] Regions =
    [
        (0.7, ["Aleppo", "Raqqa", "Deir ez-Zor", "Homs", "Hama", "Idlib", "Damascus", "Palmyra", "Manbij", "Kobani", "Afrin",
            "Daraa", "Latakia", "Tabqa", "Al-Bab", "Mosul", "Tikrit", "Fallujah", "Ramadi", "Kirkuk", "Baghdad", "Erbil", "Tal Afar", "Sinjar"]),
        (0.2, ["Gaziantep", "Kilis", "Sanliurfa", "Beirut", "Tripoli", "Amman", "Irbid", "Zarqa", "Mardin", "Hatay"]),
        (0.1, ["Paris", "London", "Berlin", "Moscow", "Washington", "Cairo", "Tehran", "Riyadh", "Istanbul", "Brussels"]),
    ];

    private static readonly string[] Verbs =
        ["clashes were reported in", "air strikes hit", "aid convoys reached", "residents fled", "officials met in", "protesters gathered in"];

    public static Command Create(Option<string?> data)
    {
        var events = new Option<int>("--events") { Description = "About how many dated place mentions to write", DefaultValueFactory = _ => 10_000 };
        var output = new Option<string?>("--out") { Description = "Folder to write the articles to (not with --direct)" };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same corpus)", DefaultValueFactory = _ => 20170317 };
        var ingest = new Option<bool>("--ingest") { Description = "Also ingest the folder into the database (--data)" };
        var direct = new Option<bool>("--direct")
        {
            Description = "Write exactly N events straight into the database (--data), without files or the geoparser: Zipf-spread over thousands of places",
        };
        var command = new Command("synth", "Write a reproducible synthetic corpus of dated place reports.") { events, output, seed, ingest, direct };
        command.Validators.Add(result =>
        {
            var isDirect = result.GetValue(direct);
            if (!isDirect && string.IsNullOrWhiteSpace(result.GetValue(output)))
            {
                result.AddError("synth: --out DIR is required (or --direct to write into the database)");
            }
            else if (isDirect && (result.GetValue(output) is not null || result.GetValue(ingest)))
            {
                result.AddError("synth --direct writes into the database: --out and --ingest do not apply");
            }
            else if (result.GetValue(events) < 1)
            {
                result.AddError("synth: --events must be at least 1");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(direct))
            {
                return await WriteDirectAsync(result, result.GetValue(data), result.GetValue(events), result.GetValue(seed), cancellationToken);
            }

            await using var services = CommandLineVerbs.BuildServices(result, result.GetValue(data));
            var gazetteer = services.GetRequiredService<IGazetteer>();
            var regions = RegionsKnownTo(gazetteer);
            var dir = Path.GetFullPath(result.GetValue(output)!);
            var (articles, mentions) = Write(dir, result.GetValue(events), new Random(result.GetValue(seed)), regions);
            Console.WriteLine($"{dir}: {articles} articles, {mentions} place mentions");
            if (!result.GetValue(ingest))
            {
                return 0;
            }

            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.MigrateDatabaseAsync(cancellationToken);
            var stored = await scope.ServiceProvider.GetRequiredService<FileIngestor>().IngestAsync([dir], cancellationToken);
            Console.WriteLine($"ingested: {stored.Sum(f => f.Result?.ArticlesAdded ?? 0)} articles, {stored.Sum(f => f.Result?.EventsAdded ?? 0)} events");
            return 0;
        });
        return command;
    }

    private static async Task<int> WriteDirectAsync(ParseResult result, string? dataDirectory, int events, int seed, CancellationToken cancellationToken)
    {
        await using var services = CommandLineVerbs.BuildServices(result, dataDirectory);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.MigrateDatabaseAsync(cancellationToken);
        }

        var paths = services.GetRequiredService<AppPaths>();
        var store = services.GetRequiredService<DatabaseSettings>();
        // The bundled gazetteer only: a user's imports must not change what a seed writes.
        var pool = SynthPlacePool.From(GazetteerLoader.Load(paths.GazetteerDirectory).Places);
        var generator = new SynthArticleGenerator(pool, new Random(seed), seed);
        var onPostgres = store.Provider == DatabaseProvider.Postgres;
        var where = onPostgres ? $"PostgreSQL database {new NpgsqlConnectionStringBuilder(store.ConnectionString).Database}" : paths.DatabasePath;
        try
        {
            var stored = onPostgres
                ? SynthPostgresWriter.Write(store.ConnectionString, generator, events, seed, DateTime.UtcNow)
                : SynthSqliteWriter.Write(SqliteStore.ConnectionString(paths.DatabasePath), generator, events, seed, DateTime.UtcNow);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{where}: {stored.Articles} articles, {stored.Events} events over {stored.DistinctPlaces} places " +
                $"in {stored.Elapsed.TotalSeconds:F1} s ({stored.Events / Math.Max(stored.Elapsed.TotalSeconds, 0.001):F0} events/s)"));
            return 0;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A unique constraint on the articles' content hash: this seed's articles are stored already.
            Console.Error.WriteLine($"synth --direct: {where} already holds seed {seed}'s articles; use another --seed or an empty store");
            return 1;
        }
    }

    /// <summary>The regions' names that the gazetteer knows, with their shares.</summary>
    internal static (double Share, string[] Names)[] RegionsKnownTo(IGazetteer gazetteer) =>
        [.. Regions.Select(r => (r.Share, Names: r.Names.Where(n => gazetteer.Lookup(n).Count > 0).ToArray()))];

    /// <summary>Writes articles until about <paramref name="events"/> mentions are written; returns the counts.</summary>
    internal static (int Articles, int Mentions) Write(string dir, int events, Random random, (double Share, string[] Names)[] regions)
    {
        Directory.CreateDirectory(dir);
        var start = new DateOnly(2016, 1, 1);
        int articles = 0, mentions = 0;
        while (mentions < events)
        {
            var date = start.AddDays(random.Next(730));
            var count = Math.Min(random.Next(2, 6), events - mentions);
            var places = Enumerable.Range(0, count).Select(_ => Pick(random, regions)).ToList();
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Report from {places[0]}, {date:d MMMM yyyy}\n\n");
            foreach (var place in places)
            {
                var day = date.AddDays(-random.Next(3));
                var verb = Verbs[random.Next(Verbs.Length)];
                text.Append(CultureInfo.InvariantCulture, $"On {day:d MMMM yyyy} {verb} {place}. ");
            }

            articles++;
            mentions += count;
            File.WriteAllText(Path.Combine(dir, $"synth-{articles:D6}.txt"), text.ToString().TrimEnd() + "\n");
        }

        return (articles, mentions);
    }

    private static string Pick(Random random, (double Share, string[] Names)[] regions)
    {
        var roll = random.NextDouble();
        foreach (var (share, names) in regions)
        {
            if (roll < share && names.Length > 0)
            {
                return names[random.Next(names.Length)];
            }

            roll -= share;
        }

        var all = regions.SelectMany(r => r.Names).ToArray();
        return all[random.Next(all.Length)];
    }
}
