using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// The candidate's prior before any context (<see cref="CandidatePrior"/>: match quality, level, population):
/// "Paris" alone is Paris, France, not Paris, Texas. Weight <see cref="GeoparserOptions.ProminenceWeight"/>.
/// </summary>
internal sealed class ProminenceWeigher : ICandidateWeigher
{
    public string Name => "prominence";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why) =>
        context.Options.ProminenceWeight * candidate.Prior;
}
