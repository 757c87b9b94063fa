using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>
/// Weighers of how well a candidate's own name fits the mention, beside the match kind the gazetteer gives.
/// </summary>
internal static class NameQuality
{
    /// <summary>
    /// "Maryville" is Maryville, Tennessee or Missouri, not Beeville, Texas, which lists "Maryville" only as an
    /// old name: a town that has the name only as an alternate loses when a town of the same country has it as
    /// its primary name. Across countries transliteration decides which spelling is primary (Palmyra is Tadmur,
    /// Syria; Raqqa is Ar Raqqah), so towns abroad and first-level divisions are not compared. A county is
    /// compared like a town: a bare "Logan" in local news is a town called Logan, while the county is written
    /// "Logan County" (its primary name), so Logan County, Illinois loses to the Logan towns of its country (and
    /// Texas County, Missouri to the state of Texas).
    /// </summary>
    public static double AlternateNamePenalty(Slot slot, Place p, GeoparserOptions options, StringBuilder? why)
    {
        if (options.AlternateNamePenalty == 0 || !(IsTown(p) || p.Level == PlaceLevel.Admin2)) return 0;
        var primary = slot.PrimaryNameIds;
        // A county also loses to a state of the name: a bare "Texas" is not Texas County, Missouri. A town also
        // loses to its own country of the name: a bare "Mexico" is not Mexico City, which lists it as an alternate.
        bool Rival(Place r) => IsTown(r) || (p.Level == PlaceLevel.Admin2 && r.Level == PlaceLevel.Admin1) || (IsTown(p) && r.Level == PlaceLevel.Country);
        if (primary.Count == 0 || primary.Contains(p.Id) || !slot.Candidates.Any(c => Rival(c.Candidate.Place) && c.Candidate.Place.CountryCode == p.CountryCode && primary.Contains(c.Candidate.Place.Id))) return 0;
        why?.Append(CultureInfo.InvariantCulture, $"; \"{slot.Mention.Mention.Text}\" is only an alternate name of {p.Name}");
        return -options.AlternateNamePenalty;
    }

    /// <summary>
    /// A bare "Washington" is the capital, not the state; "New York" the city, not the state, unless the text
    /// says "state" (a level hint) or qualifies it: a national capital, or a city of a million, outranks a
    /// first-level division of the same name that it is not the seat of.
    /// </summary>
    public static double CityOverDivisionBonus(Slot slot, Place p, GeoparserOptions options, StringBuilder? why)
    {
        if (options.CityOverDivisionWeight == 0 || slot.Mention.Hint is LevelHint.Admin or LevelHint.County or LevelHint.Region) return 0;
        if (p.Level is not (PlaceLevel.City or PlaceLevel.Locality) || !(p.FeatureCode == "PPLC" || p.Population >= GeoparserOptions.DefaultBigCityPopulation)) return 0;
        var primary = slot.PrimaryNameIds;
        if (!primary.Contains(p.Id)) return 0;
        var division = slot.Candidates.Any(c => c.Candidate.Place.Level == PlaceLevel.Admin1 && c.Candidate.Place.CountryCode == p.CountryCode
            && c.Candidate.Place.Admin1Code != p.Admin1Code && primary.Contains(c.Candidate.Place.Id));
        if (!division) return 0;
        why?.Append("; the city, not the division of the same name");
        return options.CityOverDivisionWeight;
    }

    private static bool IsTown(Place p) => p.Level is PlaceLevel.City or PlaceLevel.Locality;

}
