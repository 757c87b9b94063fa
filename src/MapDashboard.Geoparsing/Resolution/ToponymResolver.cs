using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

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
                var name = ArticleContext.NameOf(slot);
                var others = context.CountriesWithout(name);
                double DivisionShareOf(Place p) => context.DivisionShare(name, p);
                foreach (var sc in slot.Candidates) Score(sc, slot, others, DivisionShareOf, anchors, explain: pass == 1);
                slot.Candidates.Sort((a, b) => b.Total.CompareTo(a.Total));
            }
        }
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
        foreach (var c in found.Take(_options.MaxCandidates))
        {
            // "Syrian" stands for Syria only; a town named like a demonym is not meant.
            if (m.Mention.Role == MentionRole.Adjectival && c.Match != NameMatchKind.Demonym && found.Any(f => f.Match == NameMatchKind.Demonym)) continue;
            list.Add(new Scored(c, CandidatePrior.Of(c)));
        }
        return list;
    }

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
            slots[i].QualifierSlots.Add(slots[i + 1]);
            slots[i + 1].QualifiedSlots.Add(slots[i]);
        }
    }

    // explain: build the evidence text (only on the last pass: it is the costly part of scoring).
    // countries: the country evidence of the article's other names; divisionShareOf: the share of its other names
    // with a candidate in a place's first-level division.
    private void Score(Scored sc, Slot slot, IReadOnlyDictionary<string, double> countries, Func<Place, double> divisionShareOf, List<Slot> anchors, bool explain)
    {
        var divisionShare = divisionShareOf(sc.Candidate.Place);
        var p = sc.Candidate.Place;
        var why = explain ? new StringBuilder(sc.Candidate.Reason.Length > 0 ? sc.Candidate.Reason : sc.Candidate.Match.ToString().ToLowerInvariant() + " name") : null;
        var total = sc.Prior;

        if ((p.Level == PlaceLevel.Country || p.FeatureCode is "CONT" or "OCN") && !DivisionOfContextCountry(slot, p, countries)
            && !LocalNamesakeOfCountry(slot, p, countries, divisionShareOf))
        {
            // A country is always coherent with the article that names it: the context and proximity bonuses a
            // namesake town could collect are granted to it up front, so that only an explicit qualifier
            // ("Mexico, New York") makes the town win. Motivated by "Mexico" resolving to Mexico, NY in an
            // article about the United States.
            total += _options.CountryContextWeight + _options.ProximityWeight;
        }
        else if (countries.TryGetValue(p.CountryCode, out var share) && share > 0)
        {
            total += _options.CountryContextWeight * share;
            why?.Append(CultureInfo.InvariantCulture, $"; the article is about {p.CountryCode} ({share:P0} of country evidence)");
        }
        if (divisionShare > 0 && _options.DivisionContextWeight > 0)
        {
            // "Dublin" beside "Columbus", "Grove City" and "Franklin County" is Dublin, Ohio, not the capital of
            // Ireland nor Dublin, Georgia: local news names the places around it.
            total += _options.DivisionContextWeight * divisionShare;
            if (divisionShare >= 0.25) why?.Append(CultureInfo.InvariantCulture, $"; {divisionShare:P0} of the article's other names can lie in {p.Admin1Name ?? p.Admin1Code}");
        }
        foreach (var q in slot.QualifierSlots)
        {
            var fits = q.Candidates.Where(qc => Contains(qc.Candidate.Place, p)).Select(qc => qc.Candidate.Place).FirstOrDefault();
            if (fits is not null)
            {
                total += _options.QualifierWeight;
                why?.Append(CultureInfo.InvariantCulture, $"; qualified by \"{q.Mention.Mention.Text}\" ({fits.Name})");
            }
        }
        total += DivisionEvidence(slot, p, why);
        total += NameQuality.AlternateNamePenalty(slot, p, _options, why);
        total += NameQuality.CityOverDivisionBonus(slot, p, _options, why);
        total += HintBonus(slot.Mention.Hint, p, why);
        total += SeatBonus(slot, p, why);
        if (p.Level == PlaceLevel.Admin1 && !HasSeatCandidate(slot, p))
        {
            // A division's dot is its seat, a poor measure of how close it is to the article's other places:
            // it gets the proximity bonus up front, so that "Oklahoma" near Pennsylvania towns stays the state
            // and not Oklahoma, Pennsylvania (a borough of 800).
            total += _options.ProximityWeight;
        }
        else if (anchors.Count > 0 && p.Level != PlaceLevel.Country)
        {
            // Other names only: a second "Raqqa" is no independent evidence for the first.
            Slot? nearest = null;
            var nearestKm = double.MaxValue;
            foreach (var a in anchors)
            {
                if (a == slot || SameName(a, slot)) continue;
                var km = GeoDistance.Km(a.Best!.Candidate.Place, p);
                if (km < nearestKm) (nearest, nearestKm) = (a, km);
            }
            if (nearest is not null)
            {
                var bonus = _options.ProximityWeight * _options.ProximityScaleKm / (_options.ProximityScaleKm + nearestKm);
                total += bonus;
                if (bonus > 0.05) why?.Append(CultureInfo.InvariantCulture, $"; {nearestKm:0} km from {nearest.Best!.Candidate.Place.Name}");
            }
        }
        sc.Total = total;
        if (why is not null) sc.Why = why.ToString();
    }

    // "Homs province" wants the governorate; "Homs city", "the town of Deir Ezzor" the city.
    private static double HintBonus(LevelHint hint, Place p, StringBuilder? why)
    {
        var bonus = (hint, p.Level) switch
        {
            (LevelHint.Admin, PlaceLevel.Admin1) => 0.45,
            (LevelHint.Admin, PlaceLevel.Admin2) => 0.2,
            (LevelHint.Settlement, PlaceLevel.City or PlaceLevel.Locality) => 0.25,
            (LevelHint.Locality, PlaceLevel.Locality or PlaceLevel.City) => 0.2,
            (LevelHint.Feature, PlaceLevel.Feature) => 0.25,
            (LevelHint.Region, PlaceLevel.Admin1 or PlaceLevel.Admin2 or PlaceLevel.Feature) => 0.1,
            _ => 0.0,
        };
        if (bonus > 0) why?.Append(CultureInfo.InvariantCulture, $"; the text calls it a {hint.ToString().ToLowerInvariant()}");
        return bonus;
    }

    /// <summary>Bonus for a division's seat over the division of the same name when the text does not say
    /// "province": a bare "Homs" is the city; "Homs province" is the governorate (see <see cref="HintBonus"/>).</summary>
    public const double SeatOverDivisionBonus = 0.2;

    /// <summary>Country share from which a division of that country outranks a foreign country of the same name.</summary>
    public const double DivisionContextShare = 0.5;

    // "Georgia" in an article about the United States is the state: the country's up-front bonus is withheld
    // when a division of the article's main country has the name.
    private static bool DivisionOfContextCountry(Slot slot, Place country, IReadOnlyDictionary<string, double> countries) =>
        countries.GetValueOrDefault(country.CountryCode) < DivisionContextShare
        && slot.Candidates.Any(c => c.Candidate.Place.Level == PlaceLevel.Admin1 && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded
            && countries.GetValueOrDefault(c.Candidate.Place.CountryCode) >= DivisionContextShare);

    // "Lebanon" in an article whose other names lie in Ohio and Tennessee towns is Lebanon, Ohio: the country's
    // up-front bonus is withheld when the other names give that country no share and a namesake lies in the
    // division most of them can lie in. "Mexico" in a US article about trade stays the country.
    private static bool LocalNamesakeOfCountry(Slot slot, Place country, IReadOnlyDictionary<string, double> countries, Func<Place, double> divisionShareOf) =>
        countries.GetValueOrDefault(country.CountryCode) == 0
        && slot.Candidates.Any(c => c.Candidate.Place.Level is PlaceLevel.City or PlaceLevel.Locality
            && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded
            && countries.GetValueOrDefault(c.Candidate.Place.CountryCode) >= DivisionContextShare
            && divisionShareOf(c.Candidate.Place) >= LocalNamesakeDivisionShare);

    /// <summary>Share of the article's other names in one division from which a town there outranks a country of its name.</summary>
    public const double LocalNamesakeDivisionShare = 0.5;

    // Evidence that a name is the division rather than a namesake elsewhere. Not where the division's seat has
    // the same name: "Kisumu, Nakuru and Mandera" lists towns, and "Kisumu" stays the town (see SeatBonus).
    private double DivisionEvidence(Slot slot, Place p, StringBuilder? why)
    {
        if (p.Level is not (PlaceLevel.Country or PlaceLevel.Admin1) || HasNamesakeSeat(slot, p)) return 0;
        var bonus = 0.0;
        // "Atlanta, Georgia": the state holds an Atlanta, the country does not.
        if (slot.QualifiedSlots.FirstOrDefault(q => q.Candidates.Any(qc => Contains(p, qc.Candidate.Place))) is { } held)
        {
            bonus += _options.QualifierWeight;
            why?.Append(CultureInfo.InvariantCulture, $"; holds the \"{held.Mention.Mention.Text}\" it qualifies");
        }
        // "Colorado, Georgia, Illinois": a name listed among a country's divisions is one of them; "Benin, Niger,
        // Nigeria and Togo": a name listed among countries is a country, not Niger State.
        if (slot.ListNeighbours.FirstOrDefault(n => IsSibling(n, p)) is { } sibling)
        {
            bonus += _options.QualifierWeight;
            var kind = p.Level == PlaceLevel.Country ? "country" : "division of " + p.CountryCode;
            why?.Append(CultureInfo.InvariantCulture, $"; listed with \"{sibling.Mention.Mention.Text}\", another {kind}");
        }
        return bonus;
    }

    private static bool HasNamesakeSeat(Slot slot, Place division) => slot.Candidates.Any(c =>
        IsSeatOf(c.Candidate.Place, division) && string.Equals(c.Candidate.Place.Name, slot.Mention.Mention.Text, StringComparison.OrdinalIgnoreCase));

    // A neighbour in the list that can be a place of the same kind: another country, or another division of the
    // same country.
    private static bool IsSibling(Slot neighbour, Place p) => neighbour.Candidates.Any(c =>
        c.Candidate.Place.Level == p.Level && c.Candidate.Place.Id != p.Id
        && (p.Level == PlaceLevel.Country || c.Candidate.Place.CountryCode == p.CountryCode)
        && c.Candidate.Match is NameMatchKind.Exact or NameMatchKind.Folded);

    private static bool HasSeatCandidate(Slot slot, Place division) => slot.Candidates.Any(c => IsSeatOf(c.Candidate.Place, division));

    // The capital of the country or of the first-level division the place is in.
    private static bool IsSeatOf(Place seat, Place division) =>
        seat.FeatureCode is "PPLA" or "PPLC" && seat.CountryCode == division.CountryCode && seat.Admin1Code == division.Admin1Code;

    private static double SeatBonus(Slot slot, Place p, StringBuilder? why)
    {
        if (slot.Mention.Hint is LevelHint.Admin or LevelHint.Region || p.FeatureCode is not ("PPLA" or "PPLC")) return 0;
        var division = slot.Candidates.Any(c => c.Candidate.Place.Level == PlaceLevel.Admin1 && c.Candidate.Place.CountryCode == p.CountryCode && c.Candidate.Place.Admin1Code == p.Admin1Code);
        if (!division) return 0;
        why?.Append("; the seat of the division of the same name");
        return SeatOverDivisionBonus;
    }

    // Whether container (a country or first-level division) holds the place.
    private static bool Contains(Place container, Place place)
    {
        if (container.Id == place.Id || container.CountryCode.Length == 0 || container.CountryCode != place.CountryCode) return false;
        return container.Level switch
        {
            PlaceLevel.Country => true,
            PlaceLevel.Admin1 => container.Admin1Code is not null && container.Admin1Code == place.Admin1Code,
            // A city qualifies its neighbourhoods: "al-Rushdiyeh in Deir Ezzur" (same division).
            _ => container.Admin1Code is not null && container.Admin1Code == place.Admin1Code && place.Level is PlaceLevel.Locality,
        };
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
        countries.Count > 0 && countries.Values.Max() >= DivisionContextShare;

    private static bool IsStrayHamlet(Slot slot, Place p, List<Slot> slots) =>
        p.Level is PlaceLevel.City or PlaceLevel.Locality && p.Population < StrayHamletPopulation
        && !slots.Any(o => o != slot && o.Best?.Candidate.Place.CountryCode == p.CountryCode && !SameName(o, slot));

    private static bool SameName(Slot a, Slot b) =>
        string.Equals(a.Mention.Mention.Text, b.Mention.Mention.Text, StringComparison.OrdinalIgnoreCase);

    private ResolvedMention ToResult(Slot slot)
    {
        if (slot.Candidates.Count == 0)
            return new ResolvedMention(slot.Mention, null, 0, [], slot.Mention.InGazetteer ? "no gazetteer candidate" : "place-like name the gazetteer lacks; left unresolved");
        var best = slot.Candidates[0];
        // The margin that matters for the map is over the best candidate somewhere else: Homs the city and
        // Homs the governorate share a point, and choosing between them moves no dot.
        var rival = slot.Candidates.Skip(1).FirstOrDefault(c => GeoDistance.Km(c.Candidate.Place, best.Candidate.Place) > _options.SameSpotKm);
        var second = rival?.Total ?? 0;
        var confidence = Math.Clamp(best.Total - second, 0, 1);
        var alternatives = slot.Candidates.Skip(1).Select(s => s.Candidate with { Score = Math.Round(s.Total, 4), Reason = s.Why }).ToList();
        var evidence = best.Why + (slot.Candidates.Count > 1 ? $"; runner-up {slot.Candidates[1].Candidate.Place.Name}, {slot.Candidates[1].Candidate.Place.CountryCode}" : "; only candidate");
        return new ResolvedMention(slot.Mention, best.Candidate.Place, Math.Round(confidence, 4), alternatives, evidence);
    }
}
