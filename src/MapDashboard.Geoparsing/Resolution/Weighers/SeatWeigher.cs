using System.Text;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// A division's seat over the division of the same name when the text does not say "province": a bare "Homs"
/// is the city; "Homs province" is the governorate (see <see cref="LevelHintWeigher"/>). Weight
/// <see cref="GeoparserOptions.SeatWeight"/>.
/// </summary>
internal sealed class SeatWeigher : ICandidateWeigher
{
    public string Name => "seat";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var p = candidate.Candidate.Place;
        if (slot.Mention.Hint is LevelHint.Admin or LevelHint.County or LevelHint.Region || p.FeatureCode is not ("PPLA" or "PPLC")) return 0;
        var division = slot.Candidates.Any(c => c.Candidate.Place.Level == PlaceLevel.Admin1 && c.Candidate.Place.CountryCode == p.CountryCode && c.Candidate.Place.Admin1Code == p.Admin1Code);
        if (!division) return 0;
        why?.Append("; the seat of the division of the same name");
        return context.Options.SeatWeight;
    }
}
