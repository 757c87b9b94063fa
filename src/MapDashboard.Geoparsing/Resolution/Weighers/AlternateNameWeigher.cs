using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>Primary names over alternate names (<see cref="NameQuality.AlternateNamePenalty"/>;
/// weight <see cref="GeoparserOptions.AlternateNamePenalty"/>).</summary>
internal sealed class AlternateNameWeigher : ICandidateWeigher
{
    public string Name => "alternate name";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why) =>
        NameQuality.AlternateNamePenalty(slot, candidate.Candidate.Place, context.Options, why);
}
