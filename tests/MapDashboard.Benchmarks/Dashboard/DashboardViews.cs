using System.Globalization;
using System.Text.Json;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>A place on the world view: where a user may zoom in and whose popup they may open. Degrees, WGS 84.</summary>
internal sealed record ViewPlace(long Id, double Latitude, double Longitude);

/// <summary>One view's query parts: the date window (and text, which the facets keep), the facet filters, the viewport (bbox and zoom).</summary>
internal sealed record DashboardView(string Dates, string Facets, string Viewport, string Box, ViewPlace Around)
{
    /// <summary>The whole filter, as the map, counts, histogram, list and popup send it.</summary>
    public string Filter => Join(Dates, Facets);

    public static string Join(params string[] parts) => string.Join('&', parts.Where(p => p.Length > 0));
}

/// <summary>
/// Realistic dashboard views for the bench: a viewport around a place the corpus names (or the world), a zoom, often a
/// date window (a week to half a year), now and then a filter (role, level, country, source, text). Each view is the
/// requests the map page makes for it: markers, counts, histogram, facets, the first list page (sometimes the second),
/// and the popup of a place in view. Drawn from a seeded <see cref="Random"/>: every run asks the same views.
/// </summary>
internal sealed class DashboardViews(DateOnly firstDay, DateOnly lastDay, IReadOnlyList<string> countries, IReadOnlyList<string> sources,
    IReadOnlyList<ViewPlace> places)
{
    /// <summary>The browser window the viewport is computed for, in CSS pixels.</summary>
    private const int ViewportWidth = 1280, ViewportHeight = 800;

    /// <summary>Shares of views: the whole world, a date window, each filter.</summary>
    private const double WorldShare = 0.2, WindowShare = 0.7, RoleShare = 0.2, LevelShare = 0.1, CountryShare = 0.1, SourceShare = 0.1, TextShare = 0.05;

    private static readonly string[] Words = ["clashes", "aid", "curfew", "shelling", "protesters"];

    /// <summary>Reads what views are drawn from: the summary's days, countries and sources, the places on a world view.</summary>
    public static async Task<DashboardViews> ReadAsync(HttpClient client)
    {
        using var summary = JsonDocument.Parse(await client.GetStringAsync("api/summary"));
        var root = summary.RootElement;
        var first = DateOnly.Parse(root.GetProperty("firstDay").GetString()!, CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(root.GetProperty("lastDay").GetString()!, CultureInfo.InvariantCulture);
        var countries = root.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToList();
        var sources = root.GetProperty("sources").EnumerateArray().Select(c => c.GetString()!).ToList();
        using var world = JsonDocument.Parse(await client.GetStringAsync("api/map?zoom=20"));
        var places = PlaceMarkers(world.RootElement)
            .Select(m => new ViewPlace(m.GetProperty("placeId").GetInt64(), m.GetProperty("latitude").GetDouble(), m.GetProperty("longitude").GetDouble()))
            .ToList();
        if (places.Count == 0)
        {
            throw new InvalidOperationException("the store has no events to view: run synth --direct first");
        }

        return new DashboardViews(first, last, countries, sources, places);
    }

    /// <summary>A view drawn from <paramref name="random"/>.</summary>
    public DashboardView Next(Random random)
    {
        var dates = new List<string>();
        if (random.NextDouble() < WindowShare)
        {
            var span = lastDay.DayNumber - firstDay.DayNumber;
            var length = Math.Min(span, random.Next(7, 181));
            var from = firstDay.AddDays(random.Next(span - length + 1));
            dates.Add(string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}&to={from.AddDays(length):yyyy-MM-dd}"));
        }

        if (random.NextDouble() < TextShare)
        {
            dates.Add($"q={Words[random.Next(Words.Length)]}");
        }

        var facets = new List<string>();
        Maybe(random, facets, RoleShare, () => "role=event");
        Maybe(random, facets, LevelShare, () => "level=city");
        Maybe(random, facets, CountryShare, () => countries.Count == 0 ? "" : $"country={countries[random.Next(countries.Count)]}");
        Maybe(random, facets, SourceShare, () => sources.Count == 0 ? "" : $"source={Uri.EscapeDataString(sources[random.Next(sources.Count)])}");
        var around = places[random.Next(places.Count)];
        var zoom = random.NextDouble() < WorldShare ? 2 : random.Next(3, 11);
        var box = Box(around, zoom);
        return new DashboardView(DashboardView.Join([.. dates]), DashboardView.Join([.. facets]), $"{box}&zoom={zoom}", box, around);
    }

    /// <summary>The place ids of an <c>/api/map</c> answer's markers (empty when it is not one).</summary>
    public static List<long> PlacesIn(byte[] markersJson)
    {
        try
        {
            using var markers = JsonDocument.Parse(markersJson);
            return [.. PlaceMarkers(markers.RootElement).Select(m => m.GetProperty("placeId").GetInt64())];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A problem answer (400) or a failed request: no markers to open.
            return [];
        }
    }

    private static IEnumerable<JsonElement> PlaceMarkers(JsonElement markers) =>
        markers.GetProperty("points").EnumerateArray().Concat(markers.GetProperty("areas").EnumerateArray())
            .Where(m => m.GetProperty("placeId").ValueKind == JsonValueKind.Number);

    private static void Maybe(Random random, List<string> parts, double share, Func<string> part)
    {
        if (random.NextDouble() < share)
        {
            parts.Add(part());
        }
    }

    // Web Mercator: 256 px tiles, 2^zoom across the world; the latitude span is approximated from the width at the centre.
    private static string Box(ViewPlace around, int zoom)
    {
        var width = 360.0 * ViewportWidth / (256 * Math.Pow(2, zoom));
        var height = width * ViewportHeight / ViewportWidth * Math.Cos(around.Latitude * Math.PI / 180);
        double Clamp(double value, double limit) => Math.Clamp(value, -limit, limit);
        return string.Create(CultureInfo.InvariantCulture,
            $"bbox={Clamp(around.Longitude - width / 2, 180):0.####},{Clamp(around.Latitude - height / 2, 85):0.####}," +
            $"{Clamp(around.Longitude + width / 2, 180):0.####},{Clamp(around.Latitude + height / 2, 85):0.####}");
    }
}
