using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// A state or province the article names outright and that is settled (an anchor of the second pass): its
/// towns gain. "London" in an article that names Ontario is London, Ontario; "Lakeville" beside "the Ohio
/// Senate" is the Ohio town. A division's point says little about how near its towns are (Ontario's lies
/// 500 km north of London), so <see cref="ProximityWeigher"/> cannot tell this. Weight
/// <see cref="GeoparserOptions.NamedDivisionWeight"/>.
/// </summary>
internal sealed class NamedDivisionWeigher : ICandidateWeigher
{
    /// <summary>Share of the article's country evidence the named state's country needs (a quarter: one of a
    /// few countries the article is about, not one in a world round-up).</summary>
    public const double CountryShareFloor = 0.25;

    public string Name => "named division";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var weight = context.Options.NamedDivisionWeight;
        var p = candidate.Candidate.Place;
        // "California" beside "Pennsylvania" is the state, not California, Pennsylvania: a name that is a state's or a
        // country's gains nothing for its namesake towns.
        if (weight <= 0 || p.Level is PlaceLevel.Country or PlaceLevel.Admin1 || PlaceRelations.NamesACountryOrDivision(slot)) return 0;
        foreach (var a in context.Anchors)
        {
            if (a == slot || a.Best!.Candidate.Place is not { Level: PlaceLevel.Admin1 } division || !PlaceRelations.Contains(division, p)) continue;
            // In a round-up of the world ("Toronto, Melbourne, New South Wales") a named state says nothing of the
            // others: only a state of a country the article is much about.
            if (context.OtherCountries.GetValueOrDefault(division.CountryCode) < CountryShareFloor) continue;
            why?.Append(CultureInfo.InvariantCulture, $"; the article names {division.Name}, which holds it");
            return weight;
        }
        return 0;
    }
}
