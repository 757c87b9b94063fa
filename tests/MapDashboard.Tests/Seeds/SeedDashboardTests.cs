using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MapDashboard.Tests.Seeds;

/// <summary>
/// The first-run path for real: the app migrates a new database, ingests the repository's seeds/ with the
/// bundled gazetteer and the geoparser, and serves them, on each provider. Slow: it loads the whole gazetteer.
/// </summary>
[Trait("Category", "Slow")]
public abstract class SeedDashboardTests(DatabaseProvider provider) : IAsyncLifetime
{
    private string? _postgres;

    private const long ArRaqqahSyria = 172955;
    private const long MosulIraq = 99072;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mapdashboard-seeds", Guid.NewGuid().ToString("n"));
    private JsonElement[] _events = [];
    private JsonElement[] _articles = [];

    public async Task InitializeAsync()
    {
        if (provider == DatabaseProvider.Postgres)
        {
            _postgres = await TestPostgres.CreateDatabaseAsync();
        }

        await using var app = Start();
        using var client = app.CreateClient();
        _events = JsonDocument.Parse(await client.GetStringAsync("/api/events")).RootElement.GetProperty("features").EnumerateArray().ToArray();
        _articles = JsonDocument.Parse(await client.GetStringAsync("/api/articles")).RootElement.EnumerateArray().ToArray();
    }

    public async Task DisposeAsync()
    {
        if (_postgres is not null)
        {
            await TestPostgres.DropDatabaseAsync(_postgres);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    [StoreFact]
    public void BothSeedFilesAreSplitIntoArticles()
    {
        // Seed 000 is a digest of about ten articles, seed 004 of seven short ones.
        Assert.InRange(_articles.Length, 15, 19);
        Assert.Contains(_articles, a => a.GetProperty("title").GetString() == "Russia’s big bombers strike ISIS at Deir Ezzor, Syria");
        Assert.DoesNotContain(_articles, a => a.GetProperty("title").GetString()!.StartsWith('©'));
    }

    [StoreFact]
    public void RaqqaAndMosulAreOnTheMapWhereTheyAre()
    {
        AssertPlaceNear(ArRaqqahSyria, lat: 35.95, lon: 39.01);
        AssertPlaceNear(MosulIraq, lat: 36.34, lon: 43.12);
    }

    [StoreFact]
    public void NoPersonOrganisationOrShipIsOnTheMap()
    {
        string[] never = ["Konashenkov", "Kuznetsov", "Admiral", "Pyotr", "Le Drian", "Kozhin", "Lavrov", "Assad", "Sputnik", "TASS", "S-400", "Katran", "Watan"];
        foreach (var e in _events)
        {
            var mention = e.GetProperty("properties").GetProperty("mention").GetString()!;
            Assert.DoesNotContain(never, word => mention.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [StoreFact]
    public void TheTassArticleIsDatedByItsDateline()
    {
        // "MOSCOW, March 17. /TASS/." with 2017 named elsewhere in the source file.
        var tass = _articles.Single(a => a.GetProperty("title").GetString()!.StartsWith("Russian defense ministry spokesman doubts", StringComparison.Ordinal));
        Assert.Equal("2017-03-17", tass.GetProperty("date").GetString());
        Assert.Equal("day", tass.GetProperty("datePrecision").GetString());
    }

    [StoreFact]
    public async Task RestartingDoesNotIngestTwice()
    {
        await using var again = Start();
        using var client = again.CreateClient();
        var articles = JsonDocument.Parse(await client.GetStringAsync("/api/articles")).RootElement.GetArrayLength();
        Assert.Equal(_articles.Length, articles);
    }

    private void AssertPlaceNear(long placeId, double lat, double lon)
    {
        var e = _events.FirstOrDefault(f => f.GetProperty("properties").GetProperty("placeId").GetInt64() == placeId);
        Assert.True(e.ValueKind == JsonValueKind.Object, $"no event at place {placeId}");
        var c = e.GetProperty("geometry").GetProperty("coordinates");
        var km = DistanceKm(lat, lon, c[1].GetDouble(), c[0].GetDouble());
        Assert.True(km < 10, $"place {placeId} is {km:0} km from ({lat}, {lon}); tolerance 10 km");
    }

    private static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }

    private WebApplicationFactory<Program> Start()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("data", _data);
            if (_postgres is not null)
            {
                b.UseSetting(DatabaseSettings.ProviderKey, "postgres");
                b.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _postgres);
            }
        });
        _ = factory.Server; // starts the host: migrations and seed ingestion run here
        return factory;
    }
}

public sealed class SeedDashboardTestsOnSqlite() : SeedDashboardTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class SeedDashboardTestsOnPostgres() : SeedDashboardTests(DatabaseProvider.Postgres);
