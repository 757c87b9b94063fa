using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Tests.Cli;

/// <summary>
/// The command-line verbs as a user runs them: the app's own executable in a child process, on a temp data folder
/// and files the test writes; stdout, stderr and the exit code checked.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CommandLineVerbsTests : IDisposable
{
    private const double ArRaqqahLatitude = 35.95283, ArRaqqahLongitude = 39.00788;
    private const string RaqqaReport = "Air strikes on Raqqa\n\nAir strikes hit Raqqa, Syria, on 2 April 2017, activists said.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mapdashboard-cli", Guid.NewGuid().ToString("n"));

    public CommandLineVerbsTests() => Directory.CreateDirectory(_folder);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MapDashboard.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(Path.Combine(_folder, "data"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task GeoparsePrintsEachFilesArticlesAndResolvedPlacesAsJson()
    {
        var (code, output, _) = await RunAsync("geoparse", Write("raqqa.txt", RaqqaReport));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var article = json.RootElement[0].GetProperty("articles")[0];
        Assert.Equal("Air strikes on Raqqa", article.GetProperty("title").GetString());
        var raqqa = article.GetProperty("mentions").EnumerateArray().First(m => m.GetProperty("text").GetString() == "Raqqa");
        // Within about 5 km of Ar Raqqah.
        Assert.Equal(ArRaqqahLatitude, raqqa.GetProperty("place").GetProperty("lat").GetDouble(), 0.05);
        Assert.Equal(ArRaqqahLongitude, raqqa.GetProperty("place").GetProperty("lon").GetDouble(), 0.05);
    }

    [Fact]
    public async Task GeoparseReportsAMissingFileAndFails()
    {
        var (code, _, error) = await RunAsync("geoparse", Path.Combine(_folder, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAddsFilesOnceAndReportsTheOnesItSkips()
    {
        var good = Write("raqqa.txt", RaqqaReport);
        var latin1 = Path.Combine(_folder, "latin1.txt");
        await File.WriteAllBytesAsync(latin1, [.. "Caf"u8, 0xE9, .. " in Aleppo"u8]);

        var first = await RunAsync("ingest", good, latin1);
        var second = await RunAsync("ingest", good);

        Assert.Equal(2, first.ExitCode);
        Assert.Matches(@"raqqa\.txt: 1 articles added \(0 already stored\), [1-9]\d* events", first.Out);
        Assert.Contains("skipped: cannot read", first.Error, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("raqqa.txt: already ingested", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GazetteerLookupRanksTheCityFirstAndStatsCountsLevels()
    {
        var lookup = await RunAsync("gazetteer", "lookup", "Raqqa", "--json");
        var stats = await RunAsync("gazetteer", "stats");

        Assert.Equal(0, lookup.ExitCode);
        Assert.Contains("Ar Raqqah", lookup.Out, StringComparison.Ordinal);
        Assert.True(lookup.Out.IndexOf("Ar Raqqah", StringComparison.Ordinal) < 400, lookup.Out[..Math.Min(600, lookup.Out.Length)]);
        Assert.Equal(0, stats.ExitCode);
        Assert.Matches(@"\d", stats.Out);
    }

    [Fact]
    public async Task GazetteerImportAddsCustomPlacesThatLookupThenFinds()
    {
        var csv = Write("places.csv", "name,alternate names,lat,lon,country,level\nAl-Wa'er Camp Test,,34.73,36.66,SY,locality\n");

        var import = await RunAsync("gazetteer", "import", csv);
        var lookup = await RunAsync("gazetteer", "lookup", "Al-Wa'er Camp Test");

        Assert.True(import.ExitCode == 0, import.Error + import.Out);
        Assert.Contains("Al-Wa'er Camp Test", lookup.Out, StringComparison.Ordinal);
        var missing = await RunAsync("gazetteer", "import", Path.Combine(_folder, "none.csv"));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no file", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthDirectStoresExactlyTheEventsAskedForOverHundredsOfPlaces()
    {
        const int Events = 2_000;
        var first = await RunAsync("synth", "--direct", "--events", $"{Events}", "--seed", "7");
        var again = await RunAsync("synth", "--direct", "--events", $"{Events}", "--seed", "7");

        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        Assert.Contains($"{Events} events over", first.Out, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "mapdashboard.db")};Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }

        const string Resolved = "FROM Mentions WHERE PlaceId IS NOT NULL AND Longitude IS NOT NULL AND Latitude IS NOT NULL";
        Assert.Equal(Events, Scalar($"SELECT count(*) {Resolved}"));
        // A Zipf-like spread over thousands of places: 2,000 draws name several hundred of them (the old synth: about 45).
        Assert.InRange(Scalar($"SELECT count(DISTINCT PlaceId) {Resolved}"), 600, Events);
        Assert.InRange(Scalar("SELECT count(*) FROM Articles"), Events / 5, Events);
        Assert.Equal(3, Scalar($"SELECT count(DISTINCT Level) {Resolved} AND Level IN ('City', 'Admin1', 'Country')"));
        Assert.InRange(Scalar("SELECT count(DISTINCT Role) FROM Mentions"), 3, 4);
        Assert.InRange(Scalar($"SELECT count(*) {Resolved} AND DateStart IS NULL"), 1, Events / 10);
        Assert.InRange(Scalar("SELECT count(DISTINCT Source) FROM Articles"), 5, 20);
        Assert.Equal(Scalar("SELECT count(*) FROM Articles"), Scalar("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'Ref'"));
        // Same seed, same articles: the store refuses them a second time (keyed by text) and says why.
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds seed 7", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthWithoutDirectOrOutIsAnError()
    {
        var (code, _, error) = await RunAsync("synth", "--events", "10");

        Assert.NotEqual(0, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownVerbOrOptionIsAnErrorWithHelp()
    {
        var (code, _, error) = await RunAsync("ingest");

        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
