using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>
/// The resolver's prior for a candidate before any context: how good the name match is, how prominent the
/// place is (level, population). "Paris" with no context is Paris, France (2.1 million, a capital), not
/// Paris, Texas (25,000). Blended with the gazetteer's own score so that either can be retuned alone.
/// </summary>
internal static class CandidatePrior
{
    /// <summary>Weight of the gazetteer's score in the prior; the rest is this class's prominence score.</summary>
    public const double GazetteerScoreWeight = 0.5;

    public static double Of(Candidate c)
    {
        var p = c.Place;
        var match = c.Match switch
        {
            NameMatchKind.Exact => 1.0,
            NameMatchKind.Folded => 0.95,
            NameMatchKind.Demonym => 0.9,
            // A transliteration key is loose: "Kashmir" meets Cashmere, Washington, and "Suba" meets Suva, Fiji.
            _ => 0.5,
        };
        // Population on a log scale: 1,000 → 0.3, 100,000 → 0.6, 10 million → 0.9.
        var pop = p.Population > 0 ? Math.Clamp((Math.Log10(p.Population) - 2) / 6.6, 0, 1) * 0.9 + 0.03 : 0.0;
        var level = p.Level switch
        {
            PlaceLevel.Country => 1.0,
            PlaceLevel.Admin1 => 0.75,
            PlaceLevel.Admin2 => 0.45,
            PlaceLevel.City => Math.Max(0.45, pop),
            PlaceLevel.Locality => Math.Max(0.1, pop * 0.9),
            _ => Math.Max(0.3, pop),
        };
        // Continents and oceans carry no population but outrank any namesake: "Africa" is not Mahdia,
        // Tunisia (whose Latin name it was), "Asia" is not Asia, Philippines.
        level = p.FeatureCode switch
        {
            "CONT" => 1.0,
            "OCN" => 0.95,
            "SEA" or "GULF" or "BAY" or "STRT" or "CHN" => Math.Max(level, 0.7),
            "RGN" or "MTS" or "DSRT" or "LK" or "STM" or "ISL" or "ISLS" or "PEN" => Math.Max(level, 0.5),
            _ => level,
        };
        if (p.FeatureCode is "PPLC") level = Math.Max(level, 0.9);
        else if (p.FeatureCode is "PPLA") level = Math.Max(level, 0.7);
        var own = match * level;
        return GazetteerScoreWeight * Math.Clamp(c.Score, 0, 1) + (1 - GazetteerScoreWeight) * own;
    }
}
