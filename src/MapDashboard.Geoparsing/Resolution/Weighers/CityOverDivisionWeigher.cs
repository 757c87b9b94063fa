using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>Capitals and big cities over divisions of their name (<see cref="NameQuality.CityOverDivisionBonus"/>;
/// weight <see cref="GeoparserOptions.CityOverDivisionWeight"/>).</summary>
internal sealed class CityOverDivisionWeigher : ICandidateWeigher
{
    public string Name => "city over division";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why) =>
        NameQuality.CityOverDivisionBonus(slot, candidate.Candidate.Place, context.Options, why);
}
