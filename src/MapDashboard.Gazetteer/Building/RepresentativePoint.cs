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
    public static (double Latitude, double Longitude, long Population) CentreOf(IReadOnlyList<GeoNamesRow> places, string seatFeatureCode)
    {
        double west = places.Min(p => p.Longitude);
        double east = places.Max(p => p.Longitude);
        if (east - west >= 180)
        {
            return Of(places, seatFeatureCode);
        }
        double south = places.Min(p => p.Latitude);
        double north = places.Max(p => p.Latitude);
        return (Math.Round((south + north) / 2, 5), Math.Round((west + east) / 2, 5), places.Sum(p => p.Population));
    }
}
