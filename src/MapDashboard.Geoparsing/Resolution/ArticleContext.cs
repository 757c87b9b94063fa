using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>
/// What the article's other names say about where it is: the countries they name, and the first-level
/// divisions (states, provinces) their candidates lie in. A mention never votes for itself: "Georgia" five
/// times in an article about Atlanta and Savannah is no evidence that the article is about Georgia the country,
/// so each name's context is computed without the mentions of that same name.
/// </summary>
internal sealed class ArticleContext
{
    private readonly Dictionary<string, Dictionary<string, double>> _countryWeightsByName;
    private readonly Dictionary<string, double> _countryTotals;
    private readonly Dictionary<string, Dictionary<string, double>> _divisionsByName;
    private readonly Dictionary<string, double> _divisionSupport;
    private const double KmPerDegreeLatitude = 111.0;

    private readonly Dictionary<string, Dictionary<string, double>> _countryCache = new(StringComparer.Ordinal);
    private readonly List<(string Name, Place Place)> _counties;
    private readonly List<(string Name, Place Place)> _towns;

    /// <summary>Where the article's names can lie, as points (see <see cref="NearbyNames"/>).</summary>
    public NearbyNames Nearby { get; }

    /// <summary>The places some mention of the article calls by their own (primary) name.</summary>
    public HashSet<long> NamedByOwnName { get; } = [];

    private ArticleContext(Dictionary<string, Dictionary<string, double>> countryWeightsByName, Dictionary<string, Dictionary<string, double>> divisionsByName,
        List<(string Name, Place Place)> counties, List<(string Name, Place Place)> towns, NearbyNames nearby)
    {
        Nearby = nearby;
        _counties = counties;
        _towns = towns;
        _countryWeightsByName = countryWeightsByName;
        // Names with no candidate in any division (countries, continents) say nothing about the division.
        _divisionsByName = divisionsByName.Where(kv => kv.Value.Count > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _countryTotals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var weights in countryWeightsByName.Values)
            foreach (var (code, w) in weights) _countryTotals[code] = _countryTotals.GetValueOrDefault(code) + w;
        _divisionSupport = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var divisions in _divisionsByName.Values)
            foreach (var (key, strength) in divisions) _divisionSupport[key] = _divisionSupport.GetValueOrDefault(key) + strength;
    }

    /// <summary>The name a slot is known by, for "the same name": its lookup name, case-folded.</summary>
    public static string NameOf(Slot slot) => (slot.Mention.LookupName ?? slot.Mention.Mention.Text).ToUpperInvariant();

    /// <summary>The key of the first-level division a place lies in ("US.OH"); null for countries and places without one.</summary>
    public static string? DivisionKey(Place p) =>
        p.Level == PlaceLevel.Country || p.CountryCode.Length == 0 || p.Admin1Code is not { Length: > 0 } a ? null : p.CountryCode + "." + a;

    /// <summary>Gathers the evidence of every slot with candidates.</summary>
    public static ArticleContext Of(IEnumerable<Slot> slots)
    {
        var countries = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var divisions = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var counties = new List<(string, Place)>();
        var towns = new List<(string, Place)>();
        foreach (var s in slots)
        {
            if (s.Candidates.Count == 0) continue;
            var name = NameOf(s);
            if (!divisions.ContainsKey(name))
            {
                foreach (var c in s.Candidates)
                {
                    if (c.Candidate.Match is not (NameMatchKind.Exact or NameMatchKind.Folded)) continue;
                    if (c.Candidate.Place.Level == PlaceLevel.Admin2) counties.Add((name, c.Candidate.Place));
                    else if (c.Candidate.Place.Level is PlaceLevel.City or PlaceLevel.Locality) towns.Add((name, c.Candidate.Place));
                }
            }
            if (CountryEvidence(s) is { } evidence)
            {
                var weights = countries.TryGetValue(name, out var w) ? w : countries[name] = new Dictionary<string, double>(StringComparer.Ordinal);
                weights[evidence.Code] = weights.GetValueOrDefault(evidence.Code) + evidence.Weight;
            }
            if (divisions.ContainsKey(name)) continue;
            divisions[name] = DivisionStrengths(s);
        }
        var nearby = NearbyNames.Of(slots.Where(s => s.Candidates.Count > 0).Select(s => (NameOf(s), LocatingPlaces(s))));
        var context = new ArticleContext(countries, divisions, counties, towns, nearby);
        foreach (var s in slots) context.NamedByOwnName.UnionWith(s.PrimaryNameIds);
        return context;
    }

    // The candidates that say where the article can be. Loose spelling matches say nothing ("Lake Erie" meets
    // Lākheri, India). A name that is a country's or a state's own says that country or state, and its capital or
    // big city of the name ("Washington"), not its namesake towns: "a California man" in a Georgia paper is no
    // evidence that the article is in New Jersey, where a village lists "California" as an old name.
    // A name some candidate has as its own name does not locate the article where it is only another town's
    // alternate or old name: "Hartford" beside "Middletown" says Connecticut, not Ohio, where a village lists
    // "Hartford" as a former name.
    private static IEnumerable<Place> LocatingPlaces(Slot s) => LocatingCandidates(s).Select(c => c.Candidate.Place);

    private static IEnumerable<Scored> LocatingCandidates(Slot s)
    {
        var primary = s.PrimaryNameIds;
        var candidates = s.Candidates.Where(c => c.Candidate.Match != NameMatchKind.Transliterated
            && (primary.Count == 0 || primary.Contains(c.Candidate.Place.Id)));
        if (!Weighers.PlaceRelations.NamesACountryOrDivision(s)) return candidates;
        return candidates.Where(c => c.Candidate.Place is var p && (p.Level is PlaceLevel.Country or PlaceLevel.Admin1
            || (primary.Contains(p.Id) && (p.FeatureCode == "PPLC" || p.Population >= GeoparserOptions.DefaultBigCityPopulation))));
    }

    // How strongly a name places the article in each division its candidates lie in: its most prominent candidate
    // there against its most prominent anywhere. "Hartford" says Connecticut (a state capital) more than Kentucky
    // (a town of 3,000), though both have one.
    private static Dictionary<string, double> DivisionStrengths(Slot s)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var top = 0.0;
        foreach (var c in LocatingCandidates(s))
        {
            top = Math.Max(top, c.Prior);
            if (DivisionKey(c.Candidate.Place) is { } key) best[key] = Math.Max(best.GetValueOrDefault(key), c.Prior);
        }
        foreach (var key in best.Keys.ToList()) best[key] = top <= 0 ? 1 : DivisionStrength(best[key] / top);
        return best;
    }

    internal static double DivisionStrength(double ratio) => ratio;

    // A country mention or demonym counts 1, the country of an unambiguous place counts 0.5. "Syrian" five
    // times and "Syria" ten times make SY the context.
    private static (string Code, double Weight)? CountryEvidence(Slot s)
    {
        var top = s.Candidates.MaxBy(c => c.Prior)!;
        var code = top.Candidate.Place.CountryCode;
        // A loose spelling match of a town is no evidence of the article's country: "Lake Erie" meets Lākheri,
        // India. A misspelt country ("Mauritious") still names its country.
        if (code.Length == 0 || (top.Candidate.Match == NameMatchKind.Transliterated && top.Candidate.Place.Level != PlaceLevel.Country)) return null;
        var w = top.Candidate.Place.Level == PlaceLevel.Country ? 1.0
            : s.Candidates.Select(c => c.Candidate.Place.CountryCode).Distinct().Count() == 1 ? 0.5 : 0.0;
        return w > 0 ? (code, w) : null;
    }

    /// <summary>Each country's share of the country evidence of the whole article, own mentions included
    /// (for judging whether the article as a whole is about one country).</summary>
    public IReadOnlyDictionary<string, double> Countries => CountriesWithout(null);

    /// <summary>Each country's share of the country evidence of the names other than <paramref name="name"/>.</summary>
    public Dictionary<string, double> CountriesWithout(string? name)
    {
        var key = name ?? "";
        if (_countryCache.TryGetValue(key, out var cached)) return cached;
        var own = name is null ? null : _countryWeightsByName.GetValueOrDefault(name);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, w) in _countryTotals)
        {
            var rest = w - (own?.GetValueOrDefault(code) ?? 0);
            if (rest > 1e-9) weights[code] = rest;
        }
        var total = weights.Values.Sum();
        var shares = total == 0 ? weights : weights.ToDictionary(kv => kv.Key, kv => kv.Value / total, StringComparer.Ordinal);
        _countryCache[key] = shares;
        return shares;
    }

    /// <summary>
    /// The share of the article's other names that have a candidate in the division holding <paramref name="p"/>:
    /// "Dublin" beside "Columbus", "Grove City" and "Franklin County" has 3 of 3 in Ohio, 1 of 3 in Georgia.
    /// </summary>
    public double DivisionShare(string name, Place p)
    {
        if (DivisionKey(p) is not { } key || !_divisionSupport.TryGetValue(key, out var support)) return 0;
        var others = _divisionsByName.Count;
        if (_divisionsByName.TryGetValue(name, out var own))
        {
            others--;
            support -= own.GetValueOrDefault(key);
        }
        return others <= 0 ? 0 : support / others;
    }

    /// <summary>
    /// Another name's candidate that pairs with <paramref name="p"/> as a county and its seat: for a town, a county
    /// the article names whose point (its seat's) lies within <paramref name="km"/>; for a county, such a town.
    /// "Huntsville" beside "Walker County" is Huntsville, Texas, the seat of Walker County, Texas, not Huntsville,
    /// Alabama (Walker County, Alabama lies 130 km away). Null when none does.
    /// </summary>
    public Place? SeatPartner(string name, Place p, double km)
    {
        var others = p.Level switch
        {
            PlaceLevel.City or PlaceLevel.Locality => _counties,
            PlaceLevel.Admin2 => _towns,
            _ => null,
        };
        if (others is null) return null;
        // A degree of latitude is 111 km anywhere: most pairs are ruled out before the great-circle distance.
        var degrees = km / KmPerDegreeLatitude;
        foreach (var (otherName, other) in others)
        {
            if (Math.Abs(other.Latitude - p.Latitude) > degrees || otherName == name || other.CountryCode != p.CountryCode) continue;
            if (GeoDistance.Km(other, p) <= km) return other;
        }
        return null;
    }
}
