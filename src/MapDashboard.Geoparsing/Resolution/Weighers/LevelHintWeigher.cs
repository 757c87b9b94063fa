using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// The kind of place the text names: "Homs province" wants the governorate; "Homs city", "the town of Deir
/// Ezzor", "Berea police" the city, and not a division of the name. The table's terms are scaled by <see cref="GeoparserOptions.LevelHintWeight"/>.
/// </summary>
internal sealed class LevelHintWeigher : ICandidateWeigher
{
    public string Name => "level hint";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var hint = slot.Mention.Hint;
        var bonus = Bonus(hint, candidate.Candidate.Place.Level);
        if (bonus == 0) return 0;
        why?.Append(CultureInfo.InvariantCulture, $"; the text calls it a {hint.ToString().ToLowerInvariant()}");
        return context.Options.LevelHintWeight * bonus;
    }

    /// <summary>The unscaled term for a hint and a candidate's level.</summary>
    public static double Bonus(LevelHint hint, PlaceLevel level) => (hint, level) switch
    {
        (LevelHint.Admin, PlaceLevel.Admin1) => 0.45,
        (LevelHint.Admin, PlaceLevel.Admin2) => 0.2,
        (LevelHint.County, PlaceLevel.Admin2) => 0.45,
        // "Grant and Wilkin counties": not the towns of Grant nor Wilkin.
        (LevelHint.County, PlaceLevel.City or PlaceLevel.Locality) => -0.25,
        (LevelHint.Settlement, PlaceLevel.City or PlaceLevel.Locality) => 0.25,
        // "Berea police", "Homs city": not Berea district, Lesotho, nor Homs governorate.
        (LevelHint.Settlement, PlaceLevel.Country or PlaceLevel.Admin1 or PlaceLevel.Admin2) => -0.25,
        (LevelHint.Locality, PlaceLevel.Locality or PlaceLevel.City) => 0.2,
        (LevelHint.Feature, PlaceLevel.Feature) => 0.25,
        (LevelHint.Region, PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Feature) => 0.1,
        _ => 0.0,
    };
}
