using System.Net;
using System.Text.Json;

namespace MapDashboard.Tests.Api;

/// <summary><c>/api/area-shapes/{code}</c>: a country's simplified shape from the real gazetteer, small and cacheable.</summary>
public sealed class AreaShapesEndpointsTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Syria_is_a_small_multipolygon_around_Damascus_and_Aleppo()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/area-shapes/SY", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=86400", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length < 20_000, $"{bytes.Length} bytes");
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("MultiPolygon", json.RootElement.GetProperty("type").GetString());
        var points = json.RootElement.GetProperty("coordinates").EnumerateArray()
            .SelectMany(p => p[0].EnumerateArray()).Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        // Its box holds Damascus (33.51N 36.29E) and Aleppo (36.20N 37.16E), not Mosul (36.34N 43.12E).
        Assert.InRange(33.51, points.Min(p => p.Lat), points.Max(p => p.Lat));
        Assert.InRange(36.20, points.Min(p => p.Lat), points.Max(p => p.Lat));
        Assert.InRange(36.29, points.Min(p => p.Lon), points.Max(p => p.Lon));
        Assert.True(points.Max(p => p.Lon) < 43.12);
    }

    [Fact]
    public async Task A_code_with_no_shape_is_not_found()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/area-shapes/ZZ", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
