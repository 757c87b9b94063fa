namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// Where to put the dot of a division (or a country without a shape) known only by the places inside it:
/// its seat if one is among them, else its most populous place, else the population-weighted mean of them.
/// The seat first because "Raqqa governorate" reported on a map should sit on Raqqa, not in the desert
/// between its towns; the mean last, for divisions of hamlets without a population figure.
/// </summary>
public static class RepresentativePoint
{
    /// <summary>(latitude, longitude) in WGS 84 degrees, and the places' total population.</summary>
    public static (double Latitude, double Longitude, long Population) Of(IReadOnlyList<GeoNamesRow> places, string seatFeatureCode)
    {
        long population = places.Sum(p => p.Population);
        GeoNamesRow? seat = places.Where(p => p.FeatureCode == seatFeatureCode)
            .OrderByDescending(p => p.Population).ThenBy(p => p.GeonameId).FirstOrDefault();
        GeoNamesRow? biggest = places.Where(p => p.Population > 0)
            .OrderByDescending(p => p.Population).ThenBy(p => p.GeonameId).FirstOrDefault();
        if ((seat ?? biggest) is { } chosen)
        {
            return (chosen.Latitude, chosen.Longitude, population);
        }
        double weight = places.Count;
        return (places.Sum(p => p.Latitude) / weight, places.Sum(p => p.Longitude) / weight, population);
    }

    /// <summary>
    /// The centre of the places' bounding box, (latitude, longitude) in WGS 84 degrees, and their total population:
    /// where a reader (and Wikipedia, and so GeoVirus) puts a province. Places straddling the antimeridian
    /// (Chukotka, Alaska's Aleutians) fall back to <see cref="Of"/>.
    /// </summary>
    /// <remarks>
    /// Only the division's main body counts: places chained to each other by hops of at most <see cref="GapKm"/>,
    /// in groups holding at least <see cref="MinorShare"/> of its places. GeoNames files a few places under the
    /// wrong division, and five Tibetan villages coded as Hebei stretched Hebei's box across China (its centre
    /// landed in Gansu, 1,200 km from Hebei).
    /// </remarks>
    public static (double Latitude, double Longitude, long Population) CentreOf(IReadOnlyList<GeoNamesRow> places, string seatFeatureCode)
    {
        IReadOnlyList<GeoNamesRow> body = MainBody(places);
        double west = body.Min(p => p.Longitude);
        double east = body.Max(p => p.Longitude);
        if (east - west >= 180)
        {
            return Of(places, seatFeatureCode);
        }
        double south = body.Min(p => p.Latitude);
        double north = body.Max(p => p.Latitude);
        return (Math.Round((south + north) / 2, 5), Math.Round((west + east) / 2, 5), places.Sum(p => p.Population));
    }

    /// <summary>Largest hop between two places of one group of a division's places.</summary>
    public const double GapKm = 400;

    /// <summary>Share of a division's places below which a separate group is a filing error, not a part of it.</summary>
    public const double MinorShare = 0.1;

    private const double KmPerDegree = 111.2;

    private static IReadOnlyList<GeoNamesRow> MainBody(IReadOnlyList<GeoNamesRow> places)
    {
        int[] group = Groups(places);
        var sizes = group.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        List<GeoNamesRow> body = [.. places.Where((_, i) => sizes[group[i]] >= MinorShare * places.Count)];
        return body.Count > 0 ? body : places;
    }

    // Single-linkage groups: each place's group number, by flood fill over hops of at most GapKm.
    private static int[] Groups(IReadOnlyList<GeoNamesRow> places)
    {
        int[] group = Enumerable.Repeat(-1, places.Count).ToArray();
        var pending = new Stack<int>();
        for (int seed = 0; seed < places.Count; seed++)
        {
            if (group[seed] >= 0)
            {
                continue;
            }
            group[seed] = seed;
            pending.Push(seed);
            while (pending.TryPop(out int at))
            {
                for (int other = 0; other < places.Count; other++)
                {
                    if (group[other] < 0 && WithinGap(places[at], places[other]))
                    {
                        group[other] = seed;
                        pending.Push(other);
                    }
                }
            }
        }
        return group;
    }

    private static bool WithinGap(GeoNamesRow a, GeoNamesRow b)
    {
        double north = (b.Latitude - a.Latitude) * KmPerDegree;
        double east = (b.Longitude - a.Longitude) * KmPerDegree * Math.Cos(a.Latitude * Math.PI / 180);
        return north * north + east * east <= GapKm * GapKm;
    }
}
