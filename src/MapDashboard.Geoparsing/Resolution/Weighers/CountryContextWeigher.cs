using System.Globalization;
using System.Text;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Resolution;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>
/// The countries the article's other names point to: a candidate in such a country gains
/// <see cref="GeoparserOptions.CountryContextWeight"/> times that country's share of the evidence. A country
/// itself is always coherent with the article that names it and gets the whole weight up front (see
/// <see cref="IsCoherentCountry"/>).
/// </summary>
internal sealed class CountryContextWeigher : ICandidateWeigher
{
    /// <summary>Country share from which a division of that country outranks a foreign country of the same name.</summary>
    public const double DivisionContextShare = 0.5;

    /// <summary>Share of the article's other names in one division from which a town there outranks a country of its name.</summary>
    public const double LocalNamesakeDivisionShare = 0.5;

    public string Name => "country context";

    public double Weigh(Scored candidate, Slot slot, WeighingContext context, StringBuilder? why)
    {
        var p = candidate.Candidate.Place;
        var weight = context.Options.CountryContextWeight;
        // Motivated by "Mexico" resolving to Mexico, NY in an article about the United States: only an explicit
        // qualifier ("Mexico, New York") should make the town win.
        if (IsCoherentCountry(slot, p, context)) return weight;
        if (context.OtherCountries.TryGetValue(p.CountryCode, out var share) && share > 0)
        {
            why?.Append(CultureInfo.InvariantCulture, $"; the article is about {p.CountryCode} ({share:P0} of country evidence)");
            return weight * share;
        }
        return 0;
    }

    /// <summary>
    /// Whether <paramref name="p"/> is a country (or continent, ocean) that the context bonuses a namesake town
    /// could collect are granted to up front: not "Georgia" when a division of the article's main country has the
    /// name, nor "Lebanon" when the other names lie in a division holding a town of that name.
    /// </summary>
    public static bool IsCoherentCountry(Slot slot, Place p, WeighingContext context) =>
        (p.Level == PlaceLevel.Country || p.FeatureCode is "CONT" or "OCN")
        && !DivisionOfContextCountry(slot, p, context.OtherCountries)
        && !LocalNamesakeOfCountry(slot, p, context);

    // "Georgia" in an article about the United States is the state: the country's up-front bonus is withheld
    // when a division of the article's main country has the name.
    private static bool DivisionOfContextCountry(Slot slot, Place country, IReadOnlyDictionary<string, double> countries) =>
        countries.GetValueOrDefault(country.CountryCode) < DivisionContextShare
        && slot.Candidates.Any(c => c.Candidate.Place.Level == PlaceLevel.Admin1 && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded
            && countries.GetValueOrDefault(c.Candidate.Place.CountryCode) >= DivisionContextShare);

    // "Lebanon" in an article whose other names lie in Ohio and Tennessee towns is Lebanon, Ohio: the country's
    // up-front bonus is withheld when the other names give that country no share and a namesake lies in the
    // division most of them can lie in. "Mexico" in a US article about trade stays the country.
    private static bool LocalNamesakeOfCountry(Slot slot, Place country, WeighingContext context) =>
        context.OtherCountries.GetValueOrDefault(country.CountryCode) == 0
        && slot.Candidates.Any(c => c.Candidate.Place.Level is PlaceLevel.City or PlaceLevel.Locality
            && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded
            && context.OtherCountries.GetValueOrDefault(c.Candidate.Place.CountryCode) >= DivisionContextShare
            && context.DivisionShareOf(c.Candidate.Place) >= LocalNamesakeDivisionShare);
}
