using System.Collections.Concurrent;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Api;

/// <summary>One label of the offline basemap: a populated place, WGS 84 degrees.</summary>
public sealed record CityLabel(string Name, double Lat, double Lon, long Population, bool Capital);

/// <summary>
/// The city labels of the offline basemap, from our own gazetteer: capitals and populated places above a
/// population floor that falls as the map zooms in (so a world view names capitals and megacities, a province
/// view its towns), biggest first, at most <see cref="MaxPerRequest"/>, cached per zoom and grid cell.
/// </summary>
public sealed class CityLabels
{
    /// <summary>Labels per answer at most: more would not fit on a screen anyway.</summary>
    public const int MaxPerRequest = 200;

    /// <summary>Cached cells kept at most; then the cache starts again (cells are cheap to recompute).</summary>
    private const int MaxCached = 4096;

    // The places by whole degree of longitude and latitude, each bucket in _places order: a zoom-20 cell reads
    // its one bucket, not all 30,000 places (a request reading 64 cells scanned them all 64 times, 100-260 ms).
    private readonly Dictionary<(int Lon, int Lat), List<Place>> _byDegree = [];
    private readonly Place[] _places;
    private readonly ConcurrentDictionary<string, IReadOnlyList<CityLabel>> _cache = new(StringComparer.Ordinal);

    public CityLabels(IGazetteer gazetteer)
    {
        // Only the in-memory index can enumerate its places; another gazetteer (a test's stub) has no labels.
        var all = gazetteer is GazetteerIndex index ? index.Places : [];
        _places = [.. all.Where(p => p.FeatureClass == "P" && (IsCapital(p) || p.Population >= PopulationFloor(MaxZoomFloor)))
            .OrderByDescending(p => IsCapital(p)).ThenByDescending(p => p.Population).ThenBy(p => p.Id)];
        foreach (var p in _places)
        {
            var key = Degree(p.Longitude, p.Latitude);
            if (!_byDegree.TryGetValue(key, out var bucket)) _byDegree[key] = bucket = [];
            bucket.Add(p);
        }
    }

    private static (int Lon, int Lat) Degree(double lon, double lat) => (NormalDegree((int)Math.Floor(lon)), (int)Math.Floor(lat));

    // -180..179: a longitude one world east or west is the same column.
    private static int NormalDegree(int lon) => ((lon + 180) % 360 + 360) % 360 - 180;

    private const int MaxZoomFloor = 10;

    /// <summary>Places of at least this many people are named at <paramref name="zoom"/> (capitals from <see cref="CapitalFloor"/>).</summary>
    public static long PopulationFloor(int zoom) => zoom switch
    {
        <= 3 => 5_000_000,
        4 => 2_000_000,
        5 => 500_000,
        6 => 200_000,
        7 => 100_000,
        8 => 50_000,
        9 => 20_000,
        _ => 5_000,
    };

    /// <summary>
    /// Capitals are named from this population at <paramref name="zoom"/>: on a world view Adamstown (40 people)
    /// would crowd out cities, from zoom 5 every capital is named.
    /// </summary>
    public static long CapitalFloor(int zoom) => zoom <= 4 ? PopulationFloor(zoom) / 5 : 0;

    /// <summary>
    /// The labels of the grid cells the box touches (degrees; longitudes may run past ±180 where the map wraps)
    /// at a zoom level: capitals first, then by population, at most <see cref="MaxPerRequest"/>. A cell is one
    /// tile's width in degrees at that zoom (wider when a box would touch more than <see cref="MaxCells"/>),
    /// and each cell's labels are computed once and cached: panning reuses them.
    /// </summary>
    public IReadOnlyList<CityLabel> Get(double minLon, double minLat, double maxLon, double maxLat, int zoom)
    {
        zoom = Math.Clamp(zoom, 0, 20);
        var cell = 360.0 / Math.Pow(2, zoom);
        while ((Math.Floor(maxLon / cell) - Math.Floor(minLon / cell) + 1) * (Math.Floor(maxLat / cell) - Math.Floor(minLat / cell) + 1) > MaxCells)
        {
            cell *= 2;
        }

        var labels = new List<CityLabel>();
        for (var x = Math.Floor(minLon / cell); x <= Math.Floor(maxLon / cell); x++)
        {
            for (var y = Math.Floor(minLat / cell); y <= Math.Floor(maxLat / cell); y++)
            {
                labels.AddRange(Cell(x, y, cell, zoom));
            }
        }

        return [.. labels.OrderByDescending(l => l.Capital).ThenByDescending(l => l.Population).Take(MaxPerRequest)];
    }

    /// <summary>Cells a request reads at most; beyond, the cells grow.</summary>
    public const int MaxCells = 64;

    private IReadOnlyList<CityLabel> Cell(double x, double y, double cell, int zoom)
    {
        var key = FormattableString.Invariant($"{zoom}/{cell}/{x}/{y}");
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        return _cache[key] = Compute(x * cell, y * cell, (x + 1) * cell, (y + 1) * cell, zoom);
    }

    private List<CityLabel> Compute(double minLon, double minLat, double maxLon, double maxLat, int zoom)
    {
        var floor = PopulationFloor(zoom);
        var labels = new List<CityLabel>();
        foreach (var p in Candidates(minLon, minLat, maxLon, maxLat))
        {
            var capital = IsCapital(p);
            if (capital ? p.Population < CapitalFloor(zoom) : p.Population < floor)
            {
                continue;
            }

            // Half-open cells, so a place on a boundary is in one cell only.
            if (p.Latitude < minLat || p.Latitude >= maxLat || !WithinLongitudes(p.Longitude, minLon, maxLon))
            {
                continue;
            }

            labels.Add(new CityLabel(p.Name, p.Latitude, p.Longitude, p.Population, capital));
            if (labels.Count == MaxPerRequest)
            {
                break;
            }
        }
        return labels;
    }

    // The places of the buckets the cell touches, in _places order (capitals, then by population): each column once.
    private IEnumerable<Place> Candidates(double minLon, double minLat, double maxLon, double maxLat)
    {
        var columns = new HashSet<int>();
        for (var lon = (int)Math.Floor(minLon); lon < maxLon && columns.Count < 360; lon++) columns.Add(NormalDegree(lon));
        var found = new List<Place>();
        for (var lat = (int)Math.Floor(Math.Max(minLat, -90)); lat < Math.Min(maxLat, 91); lat++)
        {
            foreach (var lon in columns)
            {
                if (_byDegree.TryGetValue((lon, lat), out var bucket)) found.AddRange(bucket);
            }
        }
        // Buckets were merged: back to the one order of _places.
        return found.OrderByDescending(IsCapital).ThenByDescending(p => p.Population).ThenBy(p => p.Id);
    }

    /// <summary>Whether the longitude, or a copy of it one world east or west, is in [min, max).</summary>
    private static bool WithinLongitudes(double lon, double min, double max) =>
        (lon >= min && lon < max) || (lon + 360 >= min && lon + 360 < max) || (lon - 360 >= min && lon - 360 < max);

    private static bool IsCapital(Place p) => p.FeatureCode == "PPLC";
}
