using MapDashboard.Gazetteer;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MapDashboard.Cli;

/// <summary>
/// One place the direct synth may name, with its point (SRID 4326, X = longitude, Y = latitude) as PostGIS takes it
/// and as SQLite stores it (WKB).
/// </summary>
internal sealed record SynthPlace(Place Place, Point Location, byte[] LocationWkb);

/// <summary>
/// The places <c>synth --direct</c> names, drawn with a Zipf-like spread: real news names a few places very often
/// (capitals, a war's front line) and thousands once in a while, where the older synth named about 45 evenly. Three
/// pools by level, each ranked by population and drawn with weight 1/rank^<see cref="Exponent"/>: the biggest cities,
/// the admin1 divisions and the countries, in the shares a news feed shows them.
/// </summary>
internal sealed class SynthPlacePool
{
    /// <summary>Zipf's exponent: about 1 for word and place frequencies in news text.</summary>
    public const double Exponent = 1.0;

    /// <summary>How many of each level, most populous first, and the share of mentions that level gets.</summary>
    private static readonly (PlaceLevel Level, int Count, double Share)[] Pools =
    [
        (PlaceLevel.City, 6_000, 0.75),
        (PlaceLevel.Admin1, 1_500, 0.10),
        (PlaceLevel.Country, 300, 0.15),
    ];

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private readonly (double Share, SynthPlace[] Places, double[] Cumulative)[] _pools;

    private SynthPlacePool((double, SynthPlace[], double[])[] pools) => _pools = pools;

    /// <summary>Every place the pool may draw.</summary>
    public IEnumerable<SynthPlace> All => _pools.SelectMany(p => p.Places);

    /// <summary>The pools over <paramref name="places"/> (the bundled gazetteer's); a level with no place is left out.</summary>
    public static SynthPlacePool From(IEnumerable<Place> places)
    {
        var byLevel = places.Where(p => p.Population > 0).ToLookup(p => p.Level);
        var writer = new WKBWriter();
        var pools = new List<(double, SynthPlace[], double[])>();
        foreach (var (level, count, share) in Pools)
        {
            var chosen = byLevel[level].OrderByDescending(p => p.Population).ThenBy(p => p.Id).Take(count)
                .Select(p => Located(p, writer)).ToArray();
            if (chosen.Length > 0)
            {
                pools.Add((share, chosen, ZipfCumulative(chosen.Length)));
            }
        }

        if (pools.Count == 0)
        {
            throw new InvalidOperationException("The gazetteer has no city, admin1 or country with a population to draw from.");
        }

        return new SynthPlacePool([.. pools]);
    }

    private static SynthPlace Located(Place place, WKBWriter writer)
    {
        var point = Wgs84.CreatePoint(new Coordinate(place.Longitude, place.Latitude));
        return new SynthPlace(place, point, writer.Write(point));
    }

    /// <summary>A place: a pool by its share, then a rank by Zipf's law.</summary>
    public SynthPlace Pick(Random random)
    {
        var total = _pools.Sum(p => p.Share);
        var roll = random.NextDouble() * total;
        var pool = _pools[^1];
        foreach (var candidate in _pools)
        {
            if (roll < candidate.Share)
            {
                pool = candidate;
                break;
            }

            roll -= candidate.Share;
        }

        var index = Array.BinarySearch(pool.Cumulative, random.NextDouble());
        return pool.Places[Math.Min(index < 0 ? ~index : index, pool.Places.Length - 1)];
    }

    // Running sums of 1/rank^s, normalised to end at 1.
    private static double[] ZipfCumulative(int count)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 1; rank <= count; rank++)
        {
            sum += 1 / Math.Pow(rank, Exponent);
            cumulative[rank - 1] = sum;
        }

        for (var i = 0; i < count; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }
}
