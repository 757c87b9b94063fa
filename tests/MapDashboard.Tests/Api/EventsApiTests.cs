using System.Net;
using System.Text.Json;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

public abstract class EventsApiTests(DashboardFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [StoreFact]
    public async Task EventsAreGeoJsonPointsWithLongitudeFirst()
    {
        using var json = await GetJson("/api/events");
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);

        var raqqa = features.First(f => f.GetProperty("properties").GetProperty("placeId").GetInt64() == DashboardFactory.ArRaqqahSyria);
        var coordinates = raqqa.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal("Point", raqqa.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(39.00788, coordinates[0].GetDouble(), 5); // longitude
        Assert.Equal(35.95283, coordinates[1].GetDouble(), 5); // latitude
        var p = raqqa.GetProperty("properties");
        Assert.Equal("Ar Raqqah", p.GetProperty("place").GetString());
        Assert.Equal("SY", p.GetProperty("country").GetString());
        Assert.Equal("city", p.GetProperty("level").GetString());
        Assert.Equal("event", p.GetProperty("role").GetString());
        foreach (var name in new[] { "id", "mention", "articleId", "title", "date", "datePrecision", "confidence" })
        {
            Assert.True(p.TryGetProperty(name, out _), $"property {name} missing");
        }
    }

    [StoreFact]
    public async Task ADateRangeNarrowsTheEventsAndLeavesUndatedOut()
    {
        using var march = await GetJson("/api/events?from=2017-03-01&to=2017-03-31");
        var titles = march.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("title").GetString()).ToList();
        Assert.Equal(["Battle for Raqqa <script>alert(1)</script>"], titles);

        using var withUndated = await GetJson("/api/events?from=2017-03-01&to=2017-03-31&undated=true");
        Assert.Equal(2, withUndated.RootElement.GetProperty("features").GetArrayLength());
    }

    [StoreFact]
    public async Task DatesAndPrecisionAreReported()
    {
        using var json = await GetJson("/api/events?from=2017-02-27&to=2017-02-27");
        var p = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("2017-02-27", p.GetProperty("date").GetString());
        Assert.Equal("day", p.GetProperty("datePrecision").GetString());
    }

    [StoreFact]
    public async Task ABoundingBoxKeepsOnlyEventsInsideIt()
    {
        // A box around Mosul (43.1 E, 36.3 N) that leaves out Raqqa (39.0 E).
        using var json = await GetJson("/api/events?bbox=42,35,44,37");
        var ids = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("placeId").GetInt64()).ToList();
        Assert.Equal([DashboardFactory.MosulIraq], ids);
    }

    [StoreTheory]
    [InlineData("/api/events?from=2017-02-30", "from")]
    [InlineData("/api/events?from=yesterday", "from")]
    [InlineData("/api/events?to=17/03/2017", "to")]
    [InlineData("/api/events?from=2017-04-01&to=2017-03-01", "after")]
    [InlineData("/api/events?bbox=1,2,3", "bbox")]
    [InlineData("/api/events?bbox=10,10,5,20", "bbox")]
    [InlineData("/api/events?bbox=-200,0,0,10", "bbox")]
    [InlineData("/api/events?bbox=a,b,c,d", "bbox")]
    [InlineData("/api/events?undated=maybe", "undated")]
    [InlineData("/api/events?role=hero", "role")]
    public async Task AMalformedParameterIsABadRequestWithAMessage(string url, string messagePart)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(messagePart, json.RootElement.GetProperty("detail").GetString());
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class EventsApiTestsOnSqlite(DashboardFactory factory) : EventsApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class EventsApiTestsOnPostgres(PostgresDashboardFactory factory) : EventsApiTests(factory), IClassFixture<PostgresDashboardFactory>;
