using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>
/// Where the article's names can lie, as points: for a candidate, the share of the article's other names that
/// have a candidate near it. Local news names the places around its town: "Brandon" beside "Albany" and
/// "Douglas County" is Brandon, Minnesota, because Minnesota has an Albany and a Douglas County near
/// it, while Brandon, Wisconsin has neither near. Sharper than the state (<see cref="ArticleContext.DivisionShare"/>):
/// "Middletown" beside "Hartford" and "Berlin" has namesakes in both Connecticut and Ohio, but only Connecticut's
/// three lie together. Countries and first-level divisions are left out: their points say little about nearness.
/// </summary>
internal sealed class NearbyNames
{
    private const double KmPerDegreeLatitude = 111.0;

    // Every candidate point of every name, sorted by latitude for a window search.
    private readonly (double Lat, double Lon, int Name)[] _points;
    private readonly Dictionary<string, int> _nameIndex;
    private readonly Dictionary<(string, long), double> _cache = [];
    private readonly HashSet<int> _near = [];

    private NearbyNames((double, double, int)[] points, Dictionary<string, int> nameIndex)
    {
        _points = points;
        _nameIndex = nameIndex;
    }

    /// <summary>Whether a place's point tells how near it is to the article's other places.</summary>
    public static bool HasTellingPoint(Place p) => p.Level is PlaceLevel.City or PlaceLevel.Locality or PlaceLevel.Admin2 or PlaceLevel.Feature;

    /// <summary>Indexes the candidates of <paramref name="candidatesByName"/> (name as <see cref="ArticleContext.NameOf"/>).</summary>
    public static NearbyNames Of(IEnumerable<(string Name, IEnumerable<Place> Places)> candidatesByName)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var points = new List<(double, double, int)>();
        foreach (var (name, places) in candidatesByName)
        {
            if (index.ContainsKey(name)) continue;
            var i = index.Count;
            var any = false;
            foreach (var p in places.Where(HasTellingPoint))
            {
                points.Add((p.Latitude, p.Longitude, i));
                any = true;
            }
            if (any) index[name] = i;
        }
        var sorted = points.ToArray();
        Array.Sort(sorted, (a, b) => a.Item1.CompareTo(b.Item1));
        return new NearbyNames(sorted, index);
    }

    /// <summary>
    /// The share of the names other than <paramref name="name"/> that have a candidate within <paramref name="km"/>
    /// of <paramref name="p"/>; 0 for a place whose point tells nothing (<see cref="HasTellingPoint"/>).
    /// </summary>
    public double ShareNear(string name, Place p, double km)
    {
        if (!HasTellingPoint(p)) return 0;
        if (_cache.TryGetValue((name, p.Id), out var cached)) return cached;
        var hasOwn = _nameIndex.TryGetValue(name, out var own);
        if (!hasOwn) own = -1;
        var others = _nameIndex.Count - (hasOwn ? 1 : 0);
        var share = 0.0;
        if (others > 0)
        {
            _near.Clear();
            // Degrees of latitude and longitude rule most points out before the great-circle distance: US towns
            // crowd a few degrees of latitude, so the latitude window alone still holds a good share of them.
            var degrees = km / KmPerDegreeLatitude;
            var lonDegrees = degrees / Math.Max(Math.Cos(double.DegreesToRadians(Math.Min(Math.Abs(p.Latitude) + degrees, 89))), 0.01);
            for (var i = FirstAtOrAbove(p.Latitude - degrees); i < _points.Length && _points[i].Lat <= p.Latitude + degrees; i++)
            {
                var (lat, lon, n) = _points[i];
                var dLon = Math.Abs(lon - p.Longitude);
                if (n == own || Math.Min(dLon, 360 - dLon) > lonDegrees || _near.Contains(n)) continue;
                if (GeoDistance.Km(lat, lon, p.Latitude, p.Longitude) <= km) _near.Add(n);
            }
            share = (double)_near.Count / others;
        }
        _cache[(name, p.Id)] = share;
        return share;
    }

    private int FirstAtOrAbove(double lat)
    {
        int lo = 0, hi = _points.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_points[mid].Lat < lat) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
