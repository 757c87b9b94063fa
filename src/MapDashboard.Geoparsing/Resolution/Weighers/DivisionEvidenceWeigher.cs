using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// Evidence that a name is the country or first-level division rather than a namesake elsewhere: it holds the
/// place it qualifies ("Atlanta, Georgia": the state holds an Atlanta, the country does not;
/// <see cref="GeoparserOptions.QualifierWeight"/>), or it is listed among others of its kind ("Colorado, Georgia,
/// Illinois" are states; "Benin, Niger, Nigeria and Togo" countries, not Niger State;
/// <see cref="GeoparserOptions.ListSiblingWeight"/>). Not where the division's seat has the same name:
/// "Kisumu, Nakuru and Mandera" lists towns, and "Kisumu" stays the town (see <see cref="SeatWeigher"/>).
/// </summary>
internal sealed class DivisionEvidenceWeigher : ICandidateWeigher
{
    public string Name => "division evidence";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var p = candidate.Candidate.Place;
        if (p.Level is not (PlaceLevel.Country or PlaceLevel.Admin1) || PlaceRelations.HasNamesakeSeat(slot, p)) return 0;
        var bonus = 0.0;
        if (slot.QualifiedSlots.FirstOrDefault(q => q.Candidates.Any(qc => PlaceRelations.Contains(p, qc.Candidate.Place))) is { } held)
        {
            bonus += context.Options.QualifierWeight;
            why?.Append(CultureInfo.InvariantCulture, $"; holds the \"{held.Mention.Mention.Text}\" it qualifies");
        }
        if (slot.ListNeighbours.FirstOrDefault(n => IsSibling(n, p)) is { } sibling)
        {
            bonus += context.Options.ListSiblingWeight;
            var kind = p.Level == PlaceLevel.Country ? "country" : "division of " + p.CountryCode;
            why?.Append(CultureInfo.InvariantCulture, $"; listed with \"{sibling.Mention.Mention.Text}\", another {kind}");
        }
        return bonus;
    }

    // A neighbour in the list that can be a place of the same kind: another country, or another division of the
    // same country.
    private static bool IsSibling(Slot neighbour, Place p) => neighbour.Candidates.Any(c =>
        c.Candidate.Place.Level == p.Level && c.Candidate.Place.Id != p.Id
        && (p.Level == PlaceLevel.Country || c.Candidate.Place.CountryCode == p.CountryCode)
        && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded);
}
