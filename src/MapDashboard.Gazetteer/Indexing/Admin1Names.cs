using System.Runtime.CompilerServices;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>Fills <see cref="Place.Admin1Name"/> from the admin1 entries, so the files need not repeat it on every row.</summary>
internal static class Admin1Names
{
    /// <summary>
    /// The same list, with places that lack an admin1 name but have a known admin1 code given one; with
    /// <paramref name="overwrite"/>, every place with a known admin1 code gets the current name (after a user
    /// import renamed a division).
    /// </summary>
    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Place> Fill(List<Place> places, bool overwrite)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Place place in places)
        {
            if (place.Level == PlaceLevel.Admin1 && place.Admin1Code is { } code)
            {
                names.TryAdd(place.CountryCode + "." + code, place.Name);
            }
        }
        for (int i = 0; i < places.Count; i++)
        {
            Place place = places[i];
            if ((overwrite || place.Admin1Name is null) && place.Level != PlaceLevel.Admin1 && place.Admin1Code is { } code
                && names.TryGetValue(place.CountryCode + "." + code, out string? name) && name != place.Admin1Name)
            {
                places[i] = place with { Admin1Name = name };
            }
        }
        return places;
    }
}
