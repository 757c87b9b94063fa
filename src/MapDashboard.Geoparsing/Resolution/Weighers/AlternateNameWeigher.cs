using System.Globalization;
using System.Text;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>Primary names over alternate names (<see cref="NameQuality.AlternateNamePenalty"/>;
/// weight <see cref="GeoparserOptions.AlternateNamePenalty"/>).</summary>
internal sealed class AlternateNameWeigher : ICandidateWeigher
{
    public string Name => "alternate name";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var p = candidate.Candidate.Place;
        var penalty = NameQuality.AlternateNamePenalty(slot, p, context.Options, why);
        // "Mount Gilead ... Euclid, Youngstown and Mansfield": Mount Gilead, Ohio lists "Youngstown" as an old name,
        // but an article that calls it Mount Gilead means another place by "Youngstown" (and the evidence of
        // Mount Gilead's own mention, its county and its point, is no evidence for the other name).
        // A short form of the own name is the same place: "DeKalb" beside "DeKalb County", "Avondale" beside
        // "Avondale Estates".
        if (penalty < 0 && context.IsNamedByOwnName(p) && !slot.PrimaryNameIds.Contains(p.Id)
            && !p.Name.StartsWith(slot.Mention.LookupName ?? slot.Mention.Mention.Text, StringComparison.OrdinalIgnoreCase))
        {
            why?.Append(CultureInfo.InvariantCulture, $"; the article calls {p.Name} by its own name");
            penalty -= context.Options.AlternateNamePenalty;
        }
        return penalty;
    }
}
