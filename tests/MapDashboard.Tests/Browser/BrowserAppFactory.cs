using MapDashboard.Data.Ingestion;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The real app on Kestrel on a free loopback port (a browser cannot reach TestServer), on a temp SQLite
/// file with seeds off, filled with hand-built geoparsed articles so the browser test knows what it must see:
/// five places over 12 January..17 March 2017 plus one undated report.
/// </summary>
public class BrowserAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const long ArRaqqahSyria = 172955;
    public const long MosulIraq = 99072;
    public const long SyriaCountry = 163843;
    public const long DeirEzZorSyria = 170794;
    public const long AleppoGovernorate = 170062;

    public static readonly Place Raqqa = City(ArRaqqahSyria, "Raqqa", "SY", 35.95283, 39.00788);
    public static readonly Place Mosul = City(MosulIraq, "Mosul", "IQ", 36.335, 43.11889);
    public static readonly Place DeirEzZor = City(DeirEzZorSyria, "Deir ez-Zor", "SY", 35.33588, 40.14084);
    public static readonly Place Syria = new()
    {
        Id = SyriaCountry, Name = "Syria", Level = PlaceLevel.Country, CountryCode = "SY", Latitude = 35.0, Longitude = 38.0,
    };
    public static readonly Place Aleppo = new()
    {
        Id = AleppoGovernorate, Name = "Aleppo Governorate", Level = PlaceLevel.Admin1, CountryCode = "SY", Latitude = 36.25, Longitude = 37.5,
    };

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mapdashboard-browser", Guid.NewGuid().ToString("n"));

    /// <summary>The app's data folder (its SQLite database): another process may write to it as a second ingester would.</summary>
    public string DataDirectory => _dataDirectory;

    public BrowserAppFactory() => UseKestrel(0);

    /// <summary>The app's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", _dataDirectory);
        builder.UseSetting("Seeds:Enabled", "false");
        builder.UseSetting("Map:TileUrl", "");
        builder.UseEnvironment("Production");
        // The factory resets the web root to the project's folder; the app's is the repository's wwwroot/.
        builder.UseWebRoot(MapDashboard.Hosting.AppPaths.WebRootOf(MapDashboard.Hosting.AppPaths.FindRoot()));
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        await using var scope = Services.CreateAsyncScope();
        await SeedAsync(scope.ServiceProvider.GetRequiredService<ArticleStore>());
    }

    public const long TurkeyCountry = 298795;

    public static readonly Place Turkey = new()
    {
        Id = TurkeyCountry, Name = "Turkey", Level = PlaceLevel.Country, CountryCode = "TR", Latitude = 39.0, Longitude = 35.0,
    };

    /// <summary>Fills the store; the corpus every test of this factory knows.</summary>
    protected virtual async Task SeedAsync(ArticleStore store)
    {
        await store.AddAsync("browser-digest.txt", "hash-browser-digest", [
            Article("Air strikes hit Raqqa", FuzzyDate.Day(new(2017, 1, 12)),
                "Air strikes hit Raqqa overnight.", [(Raqqa, "Raqqa")], unresolved: ("Residents fled towards Tabqa.", "Tabqa")),
            Article("Mosul offensive resumes", FuzzyDate.Day(new(2017, 2, 27)),
                "Iraqi forces advanced in western Mosul. Officials in Syria watched closely.", [(Mosul, "Mosul"), (Syria, "Syria")]),
            Article("Battle for Raqqa <script>alert(1)</script>", FuzzyDate.Day(new(2017, 3, 17)),
                "The battle for Raqqa will start in the coming days. Deir ez-Zor remained besieged.", [(Raqqa, "Raqqa"), (DeirEzZor, "Deir ez-Zor")]),
            Article("Clashes across the province", FuzzyDate.Month(2017, 3),
                "Clashes were reported across Aleppo Governorate.", [(Aleppo, "Aleppo Governorate")]),
            Article("A report without a date", FuzzyDate.Unknown,
                "The situation in Raqqa is unclear.", [(Raqqa, "Raqqa")]),
            Article("Ankara warns of a new offensive", FuzzyDate.Day(new(2017, 2, 1)),
                "Turkey said it was ready to act.", [(Turkey, "Turkey")], role: MentionRole.Actor),
        ]);
    }

    Task IAsyncLifetime.DisposeAsync()
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

    protected static Place City(long id, string name, string country, double lat, double lon) => new()
    {
        Id = id, Name = name, Level = PlaceLevel.City, CountryCode = country, Latitude = lat, Longitude = lon, Population = 100_000,
    };

    private static int _position;
    private static readonly Lock PositionLock = new();

    /// <summary>An article whose body holds the places at the first occurrence of each name; one sentence per period.</summary>
    protected static GeoparsedArticle Article(string title, FuzzyDate date, string body, (Place Place, string Name)[] places,
        (string Sentence, string Name)? unresolved = null, MentionRole role = MentionRole.Event, string? source = "Test wire",
        double confidence = 0.9, IReadOnlyList<Place>? alternatives = null)
    {
        if (unresolved is { } u)
        {
            body += " " + u.Sentence;
        }
        var article = new ArticleText { Title = title, Body = body, Source = source, SourceName = "browser-digest.txt", Position = NextPosition() };
        var others = (alternatives ?? []).Select(a => new Candidate(a, NameMatchKind.Exact, 0.1, "browser test")).ToList();
        var mentions = places.Select(p => Mention(article, p.Name, p.Place, date, role, confidence, others)).ToList();
        if (unresolved is { } v)
        {
            mentions.Add(Mention(article, v.Name, null, date));
        }
        return new GeoparsedArticle(article, date, mentions);
    }

    private static int NextPosition()
    {
        lock (PositionLock)
        {
            return _position++;
        }
    }

    private static GeoparsedMention Mention(ArticleText article, string name, Place? place, FuzzyDate date, MentionRole role = MentionRole.Event,
        double confidence = 0.9, IReadOnlyList<Candidate>? alternatives = null)
    {
        var inBody = article.Body.IndexOf(name, StringComparison.Ordinal);
        var sentenceStart = article.Body.LastIndexOf(". ", inBody, StringComparison.Ordinal) is var dot and >= 0 ? dot + 2 : 0;
        var sentenceEnd = article.Body.IndexOf('.', inBody) + 1;
        return new GeoparsedMention(
            new PlaceMention(article.BodyOffset + inBody, name.Length, name, role),
            place, place is null ? 0 : confidence, alternatives ?? [], "browser test", date,
            article.BodyOffset + sentenceStart, sentenceEnd - sentenceStart);
    }
}
