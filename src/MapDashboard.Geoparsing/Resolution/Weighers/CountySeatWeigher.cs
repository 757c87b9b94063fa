using System.Globalization;
using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// A town and a county the article names that are a county and its seat: "Huntsville" beside "Walker County"
/// is Huntsville, Texas and Walker County, Texas, not Huntsville, Alabama (Walker County, Alabama is 130 km
/// from it) nor Walker County, Georgia. Local news names its county and its county town together. Weight
/// <see cref="GeoparserOptions.CountySeatWeight"/>, when the county's point (its seat's) lies within
/// <see cref="GeoparserOptions.CountySeatKm"/> of the town.
/// </summary>
internal sealed class CountySeatWeigher : ICandidateWeigher
{
    public string Name => "county seat";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var weight = context.Options.CountySeatWeight;
        if (weight <= 0 || context.SeatPartnerOf(candidate.Candidate.Place) is not { } partner) return 0;
        why?.Append(CultureInfo.InvariantCulture, $"; {partner.Name} ({partner.Admin1Name ?? partner.Admin1Code}) and its seat are both named");
        return weight;
    }
}
