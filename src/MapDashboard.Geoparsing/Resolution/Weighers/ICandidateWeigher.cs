using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// One kind of evidence for a candidate (the article's country, an explicit qualifier, closeness to the other
/// places, ...): a named score term with its weight in <see cref="GeoparserOptions"/>, so that each can be read,
/// tested, tuned and switched off (weight 0) alone. A candidate's total is the sum of every weigher's term.
/// </summary>
internal interface ICandidateWeigher
{
    /// <summary>The evidence's name, as tests and tuning refer to it.</summary>
    string Name { get; }

    /// <summary>The score term for <paramref name="candidate"/> of <paramref name="slot"/>; appends the reason to
    /// <paramref name="why"/> when it is not null (built on the last pass only: it is the costly part).</summary>
    double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why);
}
