using System.Net;
using System.Text.Json;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

public abstract class FiltersApiTests(DashboardFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [StoreTheory]
    [InlineData("/api/events?q=offensive", 1)]
    [InlineData("/api/events?q=clashes%20reported", 3)]
    [InlineData("/api/events?q=%22reported%20in%20Mosul%22", 1)]
    [InlineData("/api/events?q=nowhere", 0)]
    [InlineData("/api/events?q=raqqa%20OR%20mosul", 3)]            // both Raqqa reports and the Mosul one
    [InlineData("/api/events?q=offensive%20OR%20battle", 2)]
    [InlineData("/api/events?q=raqqa%20NOT%20undated", 1)]         // the battle, not the undated report
    [InlineData("/api/events?q=clashes%20NOT%20(mosul%20OR%20undated)", 1)]
    [InlineData("/api/events?q=%22reported%20in%20Mosul%22%20OR%20battle", 2)]
    [InlineData("/api/events?country=iq", 1)]
    [InlineData("/api/events?country=SY,IQ", 3)]
    [InlineData("/api/events?level=city", 3)]
    [InlineData("/api/events?level=country,admin1", 0)]
    [InlineData("/api/events?source=Reuters", 0)]
    [InlineData("/api/events?q=raqqa&country=SY&from=2017-03-01&to=2017-03-31", 1)]
    public async Task FiltersNarrowTheEvents(string url, int expected)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(url));
        Assert.Equal(expected, json.RootElement.GetProperty("features").GetArrayLength());
    }

    [StoreTheory]
    [InlineData("/api/events?country=SYR", "country")]
    [InlineData("/api/events?country=S1", "country")]
    [InlineData("/api/events?level=town", "level")]
    [InlineData("/api/events?level=3", "level")]
    [InlineData("/api/events?q=%22%22", "q")]
    [InlineData("/api/events?q=raqqa%20OR", "OR needs words on both sides")]
    [InlineData("/api/events?q=NOT%20raqqa", "NOT needs words before it")]
    [InlineData("/api/events.csv?q=%22raqqa", "A quote is not closed")]
    [InlineData("/api/facets?country=Syria", "country")]
    [InlineData("/fragments/place/172955?level=town", "level")]
    public async Task AMalformedFilterIsA400WithAMessage(string url, string parameter)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task FacetsCountEventsByCountryLevelAndRole()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/facets"));
        var countries = json.RootElement.GetProperty("countries").EnumerateArray()
            .Select(c => $"{c.GetProperty("value").GetString()}={c.GetProperty("count").GetInt32()}").ToList();
        Assert.Equal(["SY=2", "IQ=1"], countries);
        Assert.Equal("city", json.RootElement.GetProperty("levels")[0].GetProperty("value").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("sources").GetArrayLength());
    }

    [StoreFact]
    public async Task FacetCountsLeaveOutEachFacetsOwnChoice()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/facet-counts?country=IQ"));
        var countries = json.RootElement.GetProperty("countries").EnumerateArray()
            .Select(c => $"{c.GetProperty("value").GetString()}={c.GetProperty("reports").GetInt32()}/{c.GetProperty("count").GetInt32()}").ToList();
        Assert.Equal(["SY=2/2", "IQ=1/1"], countries);
        using var within = JsonDocument.Parse(await _client.GetStringAsync("/api/facets?country=IQ"));
        Assert.Equal("IQ", Assert.Single(within.RootElement.GetProperty("countries").EnumerateArray()).GetProperty("value").GetString());
    }

    [StoreFact]
    public async Task ThePopupHonoursTheFilters()
    {
        var all = await _client.GetStringAsync($"/fragments/place/{DashboardFactory.ArRaqqahSyria}");
        Assert.Contains("2 reports", all, StringComparison.Ordinal);
        var searched = await _client.GetStringAsync($"/fragments/place/{DashboardFactory.ArRaqqahSyria}?q=undated");
        Assert.Contains("1 report", searched, StringComparison.Ordinal);
        var elsewhere = await _client.GetAsync($"/fragments/place/{DashboardFactory.ArRaqqahSyria}?country=IQ");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}

public sealed class FiltersApiTestsOnSqlite(DashboardFactory factory) : FiltersApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class FiltersApiTestsOnPostgres(PostgresDashboardFactory factory) : FiltersApiTests(factory), IClassFixture<PostgresDashboardFactory>;
