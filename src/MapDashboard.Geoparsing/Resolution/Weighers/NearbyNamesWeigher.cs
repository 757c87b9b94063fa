using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// The article's other names that can lie near the candidate (<see cref="NearbyNames"/>): "Brandon" beside
/// "Albany" and "Douglas County" is Brandon, Minnesota. Unlike <see cref="ProximityWeigher"/> it needs no name
/// settled first, so a cluster of ambiguous local names settles together. Weight
/// <see cref="GeoparserOptions.NearbyNamesWeight"/> times the share of the other names with a candidate within
/// <see cref="GeoparserOptions.NearbyNamesKm"/>.
/// </summary>
internal sealed class NearbyNamesWeigher : ICandidateWeigher
{
    public string Name => "nearby names";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var weight = context.Options.NearbyNamesWeight;
        if (weight <= 0) return 0;
        var p = candidate.Candidate.Place;
        // As for proximity: a coherent country, and a division of the article's main country whose point is no town
        // of the name, collect up front what a namesake town among the others could, so that "Texas" is not Texas
        // County, Missouri. Not a division abroad: "Gaza" beside "Israel" is not Gaza Province, Mozambique, and
        // "Washington" in a report from Cairo is not the state.
        if (CountryContextWeigher.IsCoherentCountry(slot, p, context)
            || (p.Level == PlaceLevel.Admin1 && !PlaceRelations.HasSeatCandidate(slot, p)
                && context.OtherCountries.GetValueOrDefault(p.CountryCode) >= CountryContextWeigher.DivisionContextShare)) return weight;
        var share = context.NearbyShareOf(p);
        if (share <= 0) return 0;
        if (share >= 0.25) why?.Append(CultureInfo.InvariantCulture, $"; {share:P0} of the article's other names can lie within {context.Options.NearbyNamesKm:0} km");
        return weight * share;
    }
}
