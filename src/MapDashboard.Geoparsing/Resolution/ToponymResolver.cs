using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution.Weighers;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>
/// Chooses a gazetteer entry for each recognised mention from evidence: the candidate's prior (match,
/// level, population), the countries the article names, explicit qualifiers ("Bshaquh in Lattakia province",
/// "Deir Ezzor, Syria"), the kind of place the context names, and closeness to the article's other places
/// (Palmyra in a Syria article is Tadmur, Syria, not Palmyra, New York). Confidence is the margin over the
/// runner-up; unsettled ambiguity keeps a low confidence and the alternatives.
/// </summary>
public sealed partial class ToponymResolver
{
    private readonly IGazetteer _gazetteer;
    private readonly GeoparserOptions _options;

    /// <summary>Creates a resolver over a gazetteer.</summary>
    public ToponymResolver(IGazetteer gazetteer, GeoparserOptions? options = null)
    {
        _gazetteer = gazetteer;
        _options = options ?? new GeoparserOptions();
    }

    // "X, Y", "X in Y", "X in the Y province", "X (Y)": Y qualifies X when Y is the bigger place.
    [GeneratedRegex(@"^(?:,\s*|\s+in\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+ern\s+)?|\s*\(\s*|\s+of\s+)$")]
    private static partial Regex QualifierGap();

    // "Arizona, California, Colorado, Georgia, Illinois and New York": the separators of a list of names.
    [GeneratedRegex(@"^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)$")]
    private static partial Regex ListGap();

    /// <summary>Resolves the mentions of one article; <paramref name="text"/> is the text their offsets refer to.</summary>
    public IReadOnlyList<ResolvedMention> Resolve(string text, IReadOnlyList<RecognizedMention> mentions)
    {
        var cache = new Dictionary<string, IReadOnlyList<Candidate>>(StringComparer.Ordinal);
        var slots = mentions.Select(m => new Slot(m, Candidates(m, cache))).ToList();
        var context = ArticleContext.Of(slots);
        var countries = context.Countries;
        Qualifiers(text, slots);

        // Two passes: the first settles each mention alone; the second adds closeness to the others' choices.
        for (var pass = 0; pass < 2; pass++)
        {
            var anchors = pass == 0 ? [] : slots.Where(s => s.Best is { } b && s.Confidence >= 0.15 && b.Candidate.Place.Level is not PlaceLevel.Country).ToList();
            foreach (var slot in slots)
            {
                if (slot.Candidates.Count == 0) continue;
                var weighing = new WeighingContext(_options, context, anchors, ArticleContext.NameOf(slot));
                foreach (var sc in slot.Candidates) Score(sc, slot, weighing, explain: pass == 1);
                slot.Candidates.Sort((a, b) => b.Total.CompareTo(a.Total));
            }
        }
        OneSensePerName.Apply(slots);
        foreach (var slot in slots) DropUnsupportedTransliterations(slot, countries);
        DropStrayHamlets(slots, context);
        return slots.Select(ToResult).ToList();
    }

    private List<Scored> Candidates(RecognizedMention m, Dictionary<string, IReadOnlyList<Candidate>> cache)
    {
        if (!m.InGazetteer) return [];
        // A given span "Ky." (gold spans, a reviewer's correction) is Kentucky, as the recogniser reads it.
        var name = m.LookupName ?? DivisionAbbreviations.FullName(m.Mention.Text) ?? m.Mention.Text;
        if (!cache.TryGetValue(name, out var found)) cache[name] = found = LookupWithVariants(name);
        var list = new List<Scored>();
        var abbreviatedCountry = DivisionAbbreviations.CountryOf(m.Mention.Text);
        foreach (var c in PrimaryNamesFirst(found, name).Take(_options.MaxCandidates))
        {
            // "Fla." is only ever the state: not Florida, Uruguay.
            if (abbreviatedCountry is not null && !(c.Place.Level == PlaceLevel.Admin1 && c.Place.CountryCode == abbreviatedCountry)) continue;
            // "Syrian" stands for Syria only; a town named like a demonym is not meant.
            if (m.Mention.Role == MentionRole.Adjectival && c.Match != NameMatchKind.Demonym && found.Any(f => f.Match == NameMatchKind.Demonym)) continue;
            list.Add(new Scored(c, CandidatePrior.Of(c)));
        }
        return list;
    }

    // "Montgomery" is the exact alternate name of eighteen "Montgomery County"s, which the gazetteer ranks above
    // Montgomery, Minnesota (3,000 people): cut to the first few, the town a Minnesota article means was never
    // weighed. Places whose own name is the mention are kept before places that list it only as an alternate.
    // Only the gazetteer's first few times the cut are sorted so: "Springfield" has hundreds of candidates.
    private IEnumerable<Candidate> PrimaryNamesFirst(IReadOnlyList<Candidate> found, string name)
    {
        var folded = Gazetteer.Names.NameFolder.Fold(name);
        var primary = new List<Candidate>(_options.MaxCandidates);
        var alternate = new List<Candidate>(_options.MaxCandidates);
        foreach (var c in found.Take(_options.MaxCandidates * PrimaryNameSearchFactor))
        {
            // Folding keeps a name's length to a character or two (spaces, apostrophes): most alternates are
            // told apart by their length before the costly fold ("Montgomery County" for "Montgomery").
            var isPrimary = string.Equals(c.Place.Name, name, StringComparison.OrdinalIgnoreCase)
                || (Math.Abs(c.Place.Name.Length - name.Length) <= FoldLengthSlack && Slot.HasPrimaryName(c.Place, folded));
            if (isPrimary) primary.Add(c);
            else if (alternate.Count < _options.MaxCandidates) alternate.Add(c);
        }
        return primary.Concat(alternate);
    }

    /// <summary>The most a name's length changes when folded, in characters, for the primary-name test's shortcut.</summary>
    private const int FoldLengthSlack = 3;

    /// <summary>How many times <see cref="GeoparserOptions.MaxCandidates"/> of the gazetteer's candidates are searched for primary names.</summary>
    public const int PrimaryNameSearchFactor = 4;

    // "Democratic Republic of Congo" is listed as "... of the Congo"; "the Gambia" as "Gambia".
    private IReadOnlyList<Candidate> LookupWithVariants(string name)
    {
        var found = _gazetteer.Lookup(name);
        if (found.Count > 0) return found;
        if (name.Contains(" of the ", StringComparison.Ordinal)) return _gazetteer.Lookup(name.Replace(" of the ", " of ", StringComparison.Ordinal));
        if (name.Contains(" of ", StringComparison.Ordinal)) return _gazetteer.Lookup(name.Replace(" of ", " of the ", StringComparison.Ordinal));
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return _gazetteer.Lookup(name[4..]);
        return found;
    }

    // Links each mention to the mention that qualifies it (the next one after ", " or " in "), and names
    // side by side in a list to each other.
    private static void Qualifiers(string text, List<Slot> slots)
    {
        for (var i = 0; i + 1 < slots.Count; i++)
        {
            var a = slots[i].Mention.Mention;
            var b = slots[i + 1].Mention.Mention;
            var gapStart = a.Start + a.Length;
            if (b.Start < gapStart || b.Start - gapStart > 40) continue;
            if (slots[i + 1].Candidates.Count == 0) continue;
            var gap = text.AsSpan(gapStart, b.Start - gapStart);
            if (ListGap().IsMatch(gap))
            {
                slots[i].ListNeighbours.Add(slots[i + 1]);
                slots[i + 1].ListNeighbours.Add(slots[i]);
            }
            if (!QualifierGap().IsMatch(gap)) continue;
            // "Benin, Burkina Faso, Niger, Nigeria": inside a list a comma separates items; it does not qualify.
            if (i > 0 && slots[i].ListNeighbours.Contains(slots[i - 1])) continue;
            if (gap.TrimStart().StartsWith(',')) slots[i].QualifiersAfterComma.Add(slots[i + 1]);
            slots[i].QualifierSlots.Add(slots[i + 1]);
            slots[i + 1].QualifiedSlots.Add(slots[i]);
        }
    }

    /// <summary>The weighers whose terms make a candidate's total, in the order their evidence is told.</summary>
    internal static readonly IReadOnlyList<ICandidateWeigher> Weighers =
    [
        new ProminenceWeigher(), new CountryContextWeigher(), new DivisionContextWeigher(), new QualifierWeigher(),
        new DivisionEvidenceWeigher(), new AlternateNameWeigher(), new CityOverDivisionWeigher(), new LevelHintWeigher(),
        new SeatWeigher(), new CountySeatWeigher(), new NamedDivisionWeigher(), new NearbyNamesWeigher(), new ProximityWeigher(),
    ];

    // explain: build the evidence text (only on the last pass: it is the costly part of scoring).
    private static void Score(Scored sc, Slot slot, WeighingContext context, bool explain)
    {
        var why = explain ? new StringBuilder(sc.Candidate.Reason.Length > 0 ? sc.Candidate.Reason : sc.Candidate.Match.ToString().ToLowerInvariant() + " name") : null;
        var total = 0.0;
        foreach (var weigher in Weighers) total += weigher.Weigh(sc, slot, context, why);
        sc.Total = total;
        if (why is not null) sc.Why = why.ToString();
    }

    /// <summary>Minimum share of the article's country evidence a loosely (transliteration-) matched candidate needs.</summary>
    public const double TransliterationContextFloor = 0.1;

    // "Deir Ezzur" may be Deir ez-Zor in a Syria article; "Kashmir" is not Cashmere, Washington, and "Pokot"
    // is not Poquott, New York, unless the article is about that country: a wrong dot is worse than none.
    private static void DropUnsupportedTransliterations(Slot slot, IReadOnlyDictionary<string, double> countries)
    {
        slot.Candidates.RemoveAll(c => c.Candidate.Match == NameMatchKind.Transliterated
            && countries.GetValueOrDefault(c.Candidate.Place.CountryCode) < TransliterationContextFloor);
    }

    /// <summary>Population below which a place abroad, in a country the article never brings up, is not believed.</summary>
    public const long StrayHamletPopulation = 10_000;

    // "Piccadilly" in a report from London is not Piccadilly, Western Australia, and "Suba" in a Kenya report is
    // not Suba in the Philippines: when the article is plainly about one country, a hamlet in a country no
    // other name in it points to is a namesake, and no dot is better than a wrong one. Bigger places abroad
    // stay ("Houston" in a Syria report is Houston).
    // The country evidence is the other names' (context): "Rogersville" alone in an article is Rogersville,
    // Tennessee, not a stray, since its own mention is no evidence that the article is about another country.
    private static void DropStrayHamlets(List<Slot> slots, ArticleContext context)
    {
        // Decided for all first, so that no mention's fate depends on whether another was judged before it.
        var strays = slots.Where(slot => slot.Best is { } best && IsAboutOneCountry(context.CountriesWithout(ArticleContext.NameOf(slot)))
            && IsStrayHamlet(slot, best.Candidate.Place, slots)).ToList();
        foreach (var slot in strays) slot.Candidates.Clear();
    }

    private static bool IsAboutOneCountry(IReadOnlyDictionary<string, double> countries) =>
        countries.Count > 0 && countries.Values.Max() >= CountryContextWeigher.DivisionContextShare;

    private static bool IsStrayHamlet(Slot slot, Place p, List<Slot> slots) =>
        p.Level is PlaceLevel.City or PlaceLevel.Locality && p.Population < StrayHamletPopulation
        && !slots.Any(o => o != slot && o.Best?.Candidate.Place.CountryCode == p.CountryCode && !PlaceRelations.SameName(o, slot));

    private bool SameSpot(Place a, Place b)
    {
        var km = GeoDistance.Km(a, b);
        return km <= _options.SameSpotKm
            || (km <= _options.NestedSpotKm && (a.Level == PlaceLevel.Admin1 && PlaceRelations.Contains(a, b) || b.Level == PlaceLevel.Admin1 && PlaceRelations.Contains(b, a)));
    }

    private ResolvedMention ToResult(Slot slot)
    {
        if (slot.Candidates.Count == 0)
            return new ResolvedMention(slot.Mention, null, 0, [], slot.Mention.InGazetteer ? "no gazetteer candidate" : "place-like name the gazetteer lacks; left unresolved");
        var best = slot.Candidates[0];
        // The margin that matters for the map is over the best candidate somewhere else: a division and its seat
        // share a point, and Homs the city and Homs the governorate around it are the same place at two scales
        // (their points 100 km apart): choosing between them moves no dot out of Homs. A namesake elsewhere does.
        var rival = slot.Candidates.Skip(1).FirstOrDefault(c => !SameSpot(c.Candidate.Place, best.Candidate.Place));
        var second = rival?.Total ?? 0;
        var confidence = Math.Clamp(best.Total - second, 0, 1);
        var alternatives = slot.Candidates.Skip(1).Select(s => s.Candidate with { Score = Math.Round(s.Total, 4), Reason = s.Why }).ToList();
        var evidence = best.Why + (slot.Candidates.Count > 1 ? $"; runner-up {slot.Candidates[1].Candidate.Place.Name}, {slot.Candidates[1].Candidate.Place.CountryCode}" : "; only candidate");
        return new ResolvedMention(slot.Mention, best.Candidate.Place, Math.Round(confidence, 4), alternatives, evidence);
    }
}
