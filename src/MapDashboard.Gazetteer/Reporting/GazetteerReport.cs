using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MapDashboard.Gazetteer.Reporting;

/// <summary>
/// The output of <c>gazetteer lookup NAME [--json]</c> and <c>gazetteer stats [--json]</c>, as text for a person
/// or JSON for a script. Coordinates are WGS 84 degrees; JSON carries them as "lon" and "lat" (GeoJSON order first).
/// </summary>
public static class GazetteerReport
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The ranked candidates for <paramref name="name"/>, at most <paramref name="limit"/>.</summary>
    public static string Lookup(IGazetteer gazetteer, string name, bool json, int limit = 20)
    {
        Candidate[] candidates = [.. gazetteer.Lookup(name).Take(limit)];
        return json ? LookupJson(name, candidates) : LookupText(name, candidates);
    }

    /// <summary>Counts by level, name count, version and load time.</summary>
    public static string Stats(IGazetteer gazetteer, bool json)
    {
        GazetteerInfo info = gazetteer.Info;
        if (!json)
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Gazetteer {info.Version}");
            foreach ((PlaceLevel level, int count) in info.CountsByLevel.OrderBy(c => c.Key))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {level.ToName(),-9} {count,9:N0}");
            }
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"total",-9} {info.CountsByLevel.Values.Sum(),9:N0}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {info.NameCount:N0} distinct folded names");
            text.AppendLine(CultureInfo.InvariantCulture, $"  loaded in {info.LoadTime.TotalMilliseconds:N0} ms");
            return text.ToString();
        }
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("version", info.Version);
            writer.WriteStartObject("countsByLevel");
            foreach ((PlaceLevel level, int count) in info.CountsByLevel.OrderBy(c => c.Key))
            {
                writer.WriteNumber(level.ToName(), count);
            }
            writer.WriteEndObject();
            writer.WriteNumber("places", info.CountsByLevel.Values.Sum());
            writer.WriteNumber("names", info.NameCount);
            writer.WriteNumber("loadTimeMs", Math.Round(info.LoadTime.TotalMilliseconds, 1));
            writer.WriteEndObject();
        });
    }

    private static string LookupText(string name, Candidate[] candidates)
    {
        if (candidates.Length == 0)
        {
            return $"No gazetteer entry for \"{name}\".\n";
        }
        var text = new StringBuilder();
        for (int i = 0; i < candidates.Length; i++)
        {
            Candidate c = candidates[i];
            Place p = c.Place;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{i + 1,2}. {p.Name} [{p.Level.ToName()}, {Where(p)}] id {p.Id}, lat {p.Latitude:0.#####} lon {p.Longitude:0.#####}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    {c.Match.ToString().ToLowerInvariant()} {c.Score:0.000}: {c.Reason}");
        }
        return text.ToString();
    }

    private static string Where(Place p) =>
        p.Admin1Name is { Length: > 0 } admin1 ? $"{admin1}, {p.CountryCode}" : p.CountryCode.Length > 0 ? p.CountryCode : "international";

    private static string LookupJson(string name, Candidate[] candidates) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("query", name);
        writer.WriteStartArray("candidates");
        foreach (Candidate c in candidates)
        {
            Place p = c.Place;
            writer.WriteStartObject();
            writer.WriteNumber("id", p.Id);
            writer.WriteString("name", p.Name);
            writer.WriteString("level", p.Level.ToName());
            writer.WriteString("featureCode", p.FeatureCode);
            writer.WriteString("countryCode", p.CountryCode);
            writer.WriteString("admin1", p.Admin1Name);
            writer.WriteNumber("population", p.Population);
            writer.WriteNumber("lon", p.Longitude);
            writer.WriteNumber("lat", p.Latitude);
            writer.WriteString("match", c.Match.ToString().ToLowerInvariant());
            writer.WriteNumber("score", c.Score);
            writer.WriteString("reason", c.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
