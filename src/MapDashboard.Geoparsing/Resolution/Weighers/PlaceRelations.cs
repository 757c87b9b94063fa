using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>How two candidate places relate: containment, seats of divisions.</summary>
internal static class PlaceRelations
{
    /// <summary>Whether container (a country or first-level division; a city for its neighbourhoods) holds the place.</summary>
    public static bool Contains(Place container, Place place)
    {
        if (container.Id == place.Id || container.CountryCode.Length == 0 || container.CountryCode != place.CountryCode) return false;
        return container.Level switch
        {
            PlaceLevel.Country => true,
            PlaceLevel.Admin1 => container.Admin1Code is not null && container.Admin1Code == place.Admin1Code,
            // A city qualifies its neighbourhoods: "al-Rushdiyeh in Deir Ezzur" (same division).
            _ => container.Admin1Code is not null && container.Admin1Code == place.Admin1Code && place.Level is PlaceLevel.Locality,
        };
    }

    /// <summary>Whether <paramref name="seat"/> is the capital of the country or first-level division <paramref name="division"/> is in.</summary>
    public static bool IsSeatOf(Place seat, Place division) =>
        seat.FeatureCode is "PPLA" or "PPLC" && seat.CountryCode == division.CountryCode && seat.Admin1Code == division.Admin1Code;

    /// <summary>Whether one of the slot's candidates is the seat of <paramref name="division"/>.</summary>
    public static bool HasSeatCandidate(Slot slot, Place division) => slot.Candidates.Any(c => IsSeatOf(c.Candidate.Place, division));

    /// <summary>Whether the seat of <paramref name="division"/> is a candidate named exactly as the mention ("Kisumu").</summary>
    public static bool HasNamesakeSeat(Slot slot, Place division) => slot.Candidates.Any(c =>
        IsSeatOf(c.Candidate.Place, division) && string.Equals(c.Candidate.Place.Name, slot.Mention.Mention.Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the names are the same (case aside): a second "Raqqa" is no independent evidence for the first.</summary>
    public static bool SameName(Slot a, Slot b) =>
        string.Equals(a.Mention.Mention.Text, b.Mention.Mention.Text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the name is a country's or a first-level division's ("California", "Georgia"), as written.</summary>
    public static bool NamesACountryOrDivision(Slot slot) => slot.Candidates.Any(c =>
        c.Candidate.Place.Level is PlaceLevel.Country or PlaceLevel.Admin1 && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded);
}
