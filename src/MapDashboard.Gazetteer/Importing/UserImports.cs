using MapDashboard.Gazetteer.Storage;

namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// Merges the user's imports (files in the user directory, see <see cref="GazetteerFiles"/>) into the bundled
/// places. Files apply in ordinal name order, so the result does not depend on the directory listing.
/// </summary>
internal static class UserImports
{
    /// <summary>
    /// Adds or replaces places from every imported place file, then appends imported alternate names.
    /// An imported country (PCL*) or admin1 (ADM1) row replaces the bundled entry with the same codes,
    /// keeping its names, and <paramref name="aliases"/> maps the bundled id to the imported one.
    /// </summary>
    /// <returns>The indexes of bundled places that an import replaced or renamed (their precomputed keys no longer apply),
    /// and whether an admin1 division was replaced (so admin1 names must be refreshed).</returns>
    public static (HashSet<int> Changed, bool Admin1Replaced) Merge(List<Place> places, string userDir, Dictionary<long, long> aliases)
    {
        var changed = new HashSet<int>();
        bool admin1Replaced = false;
        var indexById = new Dictionary<long, int>(places.Count);
        var indexByCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < places.Count; i++)
        {
            indexById[places[i].Id] = i;
            if (CodesKey(places[i]) is { } codes)
            {
                indexByCodes[codes] = i;
            }
        }
        foreach (string file in Files(userDir, GazetteerFiles.ImportedPlacesSuffix))
        {
            foreach (Place place in PlaceFile.Read(file))
            {
                if (indexById.TryGetValue(place.Id, out int existing))
                {
                    places[existing] = place;
                    changed.Add(existing);
                    admin1Replaced |= place.Level == PlaceLevel.Admin1;
                }
                else if (CodesKey(place) is { } codes && indexByCodes.TryGetValue(codes, out int division))
                {
                    Place bundled = places[division];
                    aliases[bundled.Id] = place.Id;
                    places[division] = place with { AlternateNames = [.. place.AlternateNames.Union(bundled.AlternateNames.Prepend(bundled.Name)).Where(n => n != place.Name)] };
                    indexById[place.Id] = division;
                    changed.Add(division);
                    admin1Replaced |= place.Level == PlaceLevel.Admin1;
                }
                else
                {
                    indexById[place.Id] = places.Count;
                    places.Add(place);
                }
            }
        }
        foreach (string file in Files(userDir, GazetteerFiles.ImportedNamesSuffix))
        {
            foreach (IGrouping<long, AlternateNameFile.Entry> names in AlternateNameFile.Read(file).GroupBy(e => e.GeonameId))
            {
                if (indexById.TryGetValue(names.Key, out int index))
                {
                    Place place = places[index];
                    places[index] = place with { AlternateNames = [.. place.AlternateNames.Union(names.Select(n => n.Name)).Where(n => n != place.Name)] };
                    changed.Add(index);
                }
            }
        }
        return (changed, admin1Replaced);
    }

    private static IEnumerable<string> Files(string userDir, string suffix) =>
        Directory.EnumerateFiles(userDir, "*" + suffix).Order(StringComparer.Ordinal);

    // Countries and admin1 divisions are identified by their codes, whatever their id.
    private static string? CodesKey(Place place) => place.Level switch
    {
        PlaceLevel.Country => "country:" + place.CountryCode,
        PlaceLevel.Admin1 when place.Admin1Code is not null => "admin1:" + place.CountryCode + "." + place.Admin1Code,
        _ => null,
    };
}
