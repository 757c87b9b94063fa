using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// Closeness to the article's other places already settled (the anchors of the second pass): Palmyra in a
/// Syria article is Tadmur, Syria, not Palmyra, New York. <see cref="GeoparserOptions.ProximityWeight"/> times
/// scale / (scale + km to the nearest anchor), scale <see cref="GeoparserOptions.ProximityScaleKm"/>.
/// </summary>
internal sealed class ProximityWeigher : ICandidateWeigher
{
    public string Name => "proximity";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var p = candidate.Candidate.Place;
        var weight = context.Options.ProximityWeight;
        // A country coherent with the article collects up front what a namesake town near the others could.
        var upFront = CountryContextWeigher.IsCoherentCountry(slot, p, context) ? weight : 0;
        if (p.Level == PlaceLevel.Admin1 && !PlaceRelations.HasSeatCandidate(slot, p) 
            && (context.OtherCountries.Count == 0 || context.OtherCountries.GetValueOrDefault(p.CountryCode) > 0))
        {
            // A division's dot is its seat, a poor measure of how close it is to the article's other places:
            // it gets the proximity bonus up front, so that "Oklahoma" near Pennsylvania towns stays the state
            // and not Oklahoma, Pennsylvania (a borough of 800). Not in a country the other names do not point to
            // when they point somewhere: "Gaza" beside "Israel" and "Egypt" is not Gaza Province, Mozambique.
            return upFront + weight;
        }
        return upFront + (p.Level == PlaceLevel.Country ? 0 : Nearness(p, slot, context, why));
    }

    private static double Nearness(Place p, Slot slot, WeighingContext context, StringBuilder? why)
    {
        if (context.Anchors.Count == 0) return 0;
        // Other names only: a second "Raqqa" is no independent evidence for the first.
        Slot? nearest = null;
        var nearestKm = double.MaxValue;
        foreach (var a in context.Anchors)
        {
            if (a == slot || PlaceRelations.SameName(a, slot)) continue;
            var km = GeoDistance.Km(a.Best!.Candidate.Place, p);
            if (km < nearestKm) (nearest, nearestKm) = (a, km);
        }
        if (nearest is null) return 0;
        var bonus = context.Options.ProximityWeight * context.Options.ProximityScaleKm / (context.Options.ProximityScaleKm + nearestKm);
        if (bonus > 0.05) why?.Append(CultureInfo.InvariantCulture, $"; {nearestKm:0} km from {nearest.Best!.Candidate.Place.Name}");
        return bonus;
    }
}
