using System.Net;
using MapDashboard.Api;
using MapDashboard.Data;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Data.Tests;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Api;

/// <summary>A few thousand events, so that an export spans several flushes.</summary>
public class ManyEventsFactory : IAsyncLifetime
{
    public ManyEventsFactory()
        : this(new DashboardFactory())
    {
    }

    protected ManyEventsFactory(DashboardFactory dashboard) => Dashboard = dashboard;

    public const int Articles = 30;
    public const int MentionsPerArticle = 100;
    public const int SeededEvents = 3; // DashboardFactory's own
    public const int Events = Articles * MentionsPerArticle + SeededEvents;

    public DashboardFactory Dashboard { get; }

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Dashboard).InitializeAsync();
        await using var scope = Dashboard.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ArticleStore>();
        await store.AddAsync("many.txt", "hash-many", [.. Enumerable.Range(0, Articles).Select(Article)]);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Dashboard).DisposeAsync();

    private static GeoparsedArticle Article(int number)
    {
        var place = DashboardFactory.Mosul;
        const string Sentence = "Clashes were reported in Mosul. ";
        var article = new ArticleText
        {
            Title = $"Mosul report {number}", Body = string.Concat(Enumerable.Repeat(Sentence, MentionsPerArticle)),
            SourceName = "many.txt", Position = number,
        };
        var date = FuzzyDate.Day(new DateOnly(2017, 1, 1).AddDays(number));
        var mentions = Enumerable.Range(0, MentionsPerArticle).Select(i =>
        {
            var sentenceStart = article.BodyOffset + (i * Sentence.Length);
            var start = sentenceStart + Sentence.IndexOf(place.Name, StringComparison.Ordinal);
            return new GeoparsedMention(new PlaceMention(start, place.Name.Length, place.Name, MentionRole.Event),
                place, 0.9, [], "test", date, sentenceStart, Sentence.Length);
        });
        return new GeoparsedArticle(article, date, [.. mentions]);
    }
}

/// <summary>The same events on PostgreSQL.</summary>
public sealed class PostgresManyEventsFactory() : ManyEventsFactory(new PostgresDashboardFactory());

public abstract class ExportStreamingTests(ManyEventsFactory many)
{
    [StoreFact]
    public async Task TheCsvOfThousandsOfEventsHasOneRowEach()
    {
        using var response = await many.Dashboard.CreateClient().GetAsync("/api/events.csv", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Null(response.Content.Headers.ContentLength); // chunked: the length was not known up front
        Assert.Equal(1 + ManyEventsFactory.Events, (await ReadLinesAsync(response)).Count);
    }

    [StoreFact]
    public async Task HeadersAndTheFirstRowsArriveWhileTheQueryIsStillReading()
    {
        var gated = new GatedStream(after: 2 * StreamedEventsResult.RowsPerFlush);
        using var client = WithGate(gated).CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Were the body buffered, the headers could not come before the gate opens.
        using var response = await client.GetAsync("/api/events.csv", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var reader = new StreamReader(body);
        Assert.Equal(string.Join(',', CsvWriter.Columns), (await reader.ReadLineAsync(timeout.Token))?.TrimStart('\uFEFF'));
        Assert.False(gated.Finished.IsCompleted);

        gated.Open();
        var rows = 0;
        while (await reader.ReadLineAsync(timeout.Token) is not null)
        {
            rows++;
        }

        Assert.Equal(ManyEventsFactory.Events, rows);
    }

    [StoreFact]
    public async Task AClientThatGoesAwayStopsTheQuery()
    {
        var gated = new GatedStream(after: StreamedEventsResult.RowsPerFlush);
        using var client = WithGate(gated).CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await client.GetAsync("/api/events.geojson", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.Dispose(); // the client hangs up with the query mid-way

        gated.Open();
        var read = await gated.Finished.WaitAsync(timeout.Token);
        Assert.True(read < ManyEventsFactory.Events, $"the query read all {read} events after the client left");
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithGate(GatedStream gated) =>
        many.Dashboard.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<IDashboardQueries>(sp => new GatedQueries(
                new DashboardQueries(sp.GetRequiredService<MapDashboardDbContext>(), sp.GetService<IArticleSearch>()), gated))));

    private static async Task<List<string>> ReadLinesAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}

public sealed class ExportStreamingTestsOnSqlite(ManyEventsFactory many) : ExportStreamingTests(many), IClassFixture<ManyEventsFactory>;

[OnPostgres]
public sealed class ExportStreamingTestsOnPostgres(PostgresManyEventsFactory many) : ExportStreamingTests(many), IClassFixture<PostgresManyEventsFactory>;
