using MapDashboard.Data;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Tests;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Api;

/// <summary>
/// The real app on a temp SQLite file with seeds switched off, filled with hand-built geoparsed articles so
/// API tests do not depend on the geoparser's judgement. <see cref="PostgresDashboardFactory"/>: the same on PostgreSQL.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const long ArRaqqahSyria = 172955;
    public const long MosulIraq = 99072;

    public static readonly Place Raqqa = new()
    {
        Id = ArRaqqahSyria, Name = "Ar Raqqah", Level = PlaceLevel.City, CountryCode = "SY",
        Latitude = 35.95283, Longitude = 39.00788, Population = 177636,
    };

    public static readonly Place Mosul = new()
    {
        Id = MosulIraq, Name = "Mosul", Level = PlaceLevel.City, CountryCode = "IQ",
        Latitude = 36.335, Longitude = 43.11889, Population = 1739800,
    };

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mapdashboard-tests", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", _dataDirectory);
        builder.UseSetting("Seeds:Enabled", "false");
        builder.UseEnvironment("Development");
        ConfigureStore(builder);
    }

    /// <summary>Where the store is: the data folder's SQLite file unless a subclass says otherwise.</summary>
    protected virtual void ConfigureStore(IWebHostBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ArticleStore>();
        await store.AddAsync("digest.txt", "hash-digest", [
            Article("Battle for Raqqa <script>alert(1)</script>", FuzzyDate.Day(new(2017, 3, 17)), Raqqa),
            Article("Mosul offensive", FuzzyDate.Day(new(2017, 2, 27)), Mosul),
            Article("Undated Raqqa report", FuzzyDate.Unknown, Raqqa),
        ]);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeStoreAsync();
    }

    /// <summary>Stops the app and removes its store.</summary>
    protected virtual Task DisposeStoreAsync()
    {
        Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }

        return Task.CompletedTask;
    }

    private static GeoparsedArticle Article(string title, FuzzyDate date, Place place)
    {
        var sentence = $"Clashes were reported in {place.Name}.";
        var article = new ArticleText { Title = title, Body = sentence, SourceName = "digest.txt", Position = 0 };
        var start = article.BodyOffset + sentence.IndexOf(place.Name, StringComparison.Ordinal);
        var mention = new GeoparsedMention(new PlaceMention(start, place.Name.Length, place.Name, MentionRole.Event),
            place, 0.9, [], "test", date, article.BodyOffset, sentence.Length);
        return new GeoparsedArticle(article, date, [mention]);
    }
}

/// <summary>The dashboard on a PostgreSQL database of its own (made from the test template, dropped after).</summary>
public sealed class PostgresDashboardFactory : DashboardFactory
{
    private string? _connectionString;

    protected override void ConfigureStore(IWebHostBuilder builder)
    {
        if (TestPostgres.SkipReason is not null)
        {
            // No server and not CI: the tests are skipped, but xunit still makes the fixture; let it be SQLite.
            return;
        }

        // Once: WithWebHostBuilder's factories configure through this one and must see the same database.
        _connectionString ??= TestPostgres.CreateDatabaseAsync().GetAwaiter().GetResult();
        builder.UseSetting(DatabaseSettings.ProviderKey, "postgres");
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _connectionString);
    }

    protected override async Task DisposeStoreAsync()
    {
        try
        {
            await base.DisposeStoreAsync();
        }
        finally
        {
            if (_connectionString is not null)
            {
                await TestPostgres.DropDatabaseAsync(_connectionString);
            }
        }
    }
}
