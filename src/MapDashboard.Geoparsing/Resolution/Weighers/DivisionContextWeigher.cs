using System.Globalization;
using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// The first-level division (state, province) the article's other names can lie in: "Dublin" beside
/// "Columbus", "Grove City" and "Franklin County" is Dublin, Ohio, not the capital of Ireland nor Dublin,
/// Georgia, because local news names the places around it. Weight <see cref="GeoparserOptions.DivisionContextWeight"/>
/// times the share of the other names with a candidate in the candidate's division.
/// </summary>
internal sealed class DivisionContextWeigher : ICandidateWeigher
{
    public string Name => "division context";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var weight = context.Options.DivisionContextWeight;
        if (weight <= 0) return 0;
        var p = candidate.Candidate.Place;
        var share = context.DivisionShareOf(p);
        if (share <= 0) return 0;
        if (share >= 0.25) why?.Append(CultureInfo.InvariantCulture, $"; {share:P0} of the article's other names can lie in {p.Admin1Name ?? p.Admin1Code}");
        return weight * share;
    }
}
