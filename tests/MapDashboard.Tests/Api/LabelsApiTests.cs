using System.Net;
using System.Text.Json;
using MapDashboard.Api;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

/// <summary><c>GET /api/labels</c> over the bundled gazetteer.</summary>
public abstract class LabelsApiTests(DashboardFactory factory)
{
    private const string SyriaAndIraq = "35,32,45,38";

    private async Task<List<JsonElement>> LabelsAsync(string bbox, int zoom)
    {
        var response = await factory.CreateClient().GetAsync($"/api/labels?bbox={bbox}&zoom={zoom}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static List<string?> Names(List<JsonElement> labels) => [.. labels.Select(l => l.GetProperty("name").GetString())];

    [StoreFact]
    public async Task A_country_view_names_the_capitals_and_big_cities_and_a_closer_view_names_more()
    {
        var country = await LabelsAsync(SyriaAndIraq, 6);
        Assert.Contains("Damascus", Names(country));
        Assert.Contains("Baghdad", Names(country));
        Assert.Contains("Aleppo", Names(country));
        Assert.True(country[0].GetProperty("capital").GetBoolean(), "capitals come first");
        Assert.All(country, l => Assert.True(l.GetProperty("capital").GetBoolean() || l.GetProperty("population").GetInt64() >= CityLabels.PopulationFloor(6)));
        Assert.All(country, l =>
        {
            // The box grows to whole grid cells: one tile's width at zoom 6 is 5.625 degrees.
            Assert.InRange(l.GetProperty("lon").GetDouble(), 35 - 5.7, 45 + 5.7);
            Assert.InRange(l.GetProperty("lat").GetDouble(), 32 - 5.7, 38 + 5.7);
        });

        var closer = await LabelsAsync("38.5,35.5,39.5,36.5", 9);
        Assert.Contains("Ar Raqqah", Names(closer));
        Assert.DoesNotContain("Ar Raqqah", Names(await LabelsAsync("38.5,35.5,39.5,36.5", 5)));
    }

    [StoreFact]
    public async Task A_world_view_names_big_capitals_not_tiny_ones()
    {
        var world = Names(await LabelsAsync("-180,-85,180,85", 2));
        Assert.Contains("Tokyo", world);
        Assert.Contains("Cairo", world);
        Assert.DoesNotContain("Adamstown", world);
    }

    [StoreFact]
    public async Task At_most_two_hundred_labels_whatever_the_view()
    {
        var world = await LabelsAsync("-180,-85,180,85", 10);
        Assert.Equal(CityLabels.MaxPerRequest, world.Count);
    }

    [StoreFact]
    public async Task Views_across_the_date_line_find_places_on_both_sides()
    {
        var pacific = await LabelsAsync("170,-50,190,-30", 5);
        Assert.Contains("Wellington", Names(pacific));
        Assert.Contains("Suva", Names(await LabelsAsync("175,-20,185,-15", 6)));
    }

    [StoreTheory]
    [InlineData("bbox=35,32,45&zoom=6")]
    [InlineData("bbox=45,32,35,38&zoom=6")]
    [InlineData("bbox=a,b,c,d&zoom=6")]
    [InlineData("bbox=35,-95,45,38&zoom=6")]
    [InlineData("bbox=35,32,45,38&zoom=-1")]
    [InlineData("bbox=35,32,45,38&zoom=99")]
    [InlineData("bbox=35,32,45,38")]
    [InlineData("zoom=6")]
    public async Task A_bad_box_or_zoom_is_a_400_with_a_message(string query)
    {
        var response = await factory.CreateClient().GetAsync($"/api/labels?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("bbox|zoom", await response.Content.ReadAsStringAsync());
    }
}

public sealed class LabelsApiTestsOnSqlite(DashboardFactory factory) : LabelsApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class LabelsApiTestsOnPostgres(PostgresDashboardFactory factory) : LabelsApiTests(factory), IClassFixture<PostgresDashboardFactory>;
