using System.Collections.Frozen;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Data;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// Finds place names in an article: every name the gazetteer knows (<see cref="IGazetteer.FindNames"/>),
/// filtered by context (capitalisation, people, organisations, outlets, ships, weapons, common words), plus
/// place-like names the gazetteer lacks ("al-Wa’er neighborhood"), which stay unresolved. Gives each a role.
/// </summary>
public sealed class ToponymRecognizer
{
    private static readonly FrozenSet<string> CommonWords = WordList.Set("common-words");

    private readonly IGazetteer _gazetteer;
    private readonly GeoparserOptions _options;
    private readonly MentionRoles _roles;

    /// <summary>Creates a recogniser over a gazetteer.</summary>
    public ToponymRecognizer(IGazetteer gazetteer, GeoparserOptions? options = null)
    {
        _gazetteer = gazetteer;
        _options = options ?? new GeoparserOptions();
        _roles = new MentionRoles(gazetteer);
    }

    /// <summary>The place mentions of <paramref name="article"/>, in text order.</summary>
    public IReadOnlyList<RecognizedMention> Recognize(ArticleText article) => Recognize(article.Text, Dateline.Find(article));

    /// <summary>The place mentions of <paramref name="text"/> (offsets in its UTF-16 code units), in text order.</summary>
    public IReadOnlyList<RecognizedMention> Recognize(string text, Dateline? dateline = null) => Recognize(text, dateline, SentenceSplitter.Split(text));

    /// <summary>As <see cref="Recognize(string, Dateline?)"/>, with the sentences of <paramref name="text"/> already split.</summary>
    internal IReadOnlyList<RecognizedMention> Recognize(string text, Dateline? dateline, List<Sentence> sentences)
    {
        var tokens = Token.Read(text);
        var blocked = NonPlaceNames.Find(text, tokens);
        var sentenceStarts = new HashSet<int>(sentences.Count);
        foreach (var s in sentences) sentenceStarts.Add(s.Start);
        var nounsOfNames = PlaceLikeNames.NounsOfNames(text);
        var hints = PlaceLikeNames.Hints(nounsOfNames);
        var mentions = new List<RecognizedMention>();
        // Places opening an organisation's name that need the article to name them elsewhere too.
        var opening = new List<RecognizedMention>();
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        // Built on first use: most articles never ask.
        HashSet<string>? lowerWordSet = null;
        HashSet<string> LowerWords() => lowerWordSet ??= new HashSet<string>(tokens.Where(t => char.IsLower(t.Text[0])).Select(t => t.Text), StringComparer.Ordinal);
        var lookups = new Dictionary<string, IReadOnlyList<Candidate>>(StringComparer.Ordinal);
        IReadOnlyList<Candidate> Lookup(string name) => lookups.TryGetValue(name, out var c) ? c : lookups[name] = _gazetteer.Lookup(name);

        foreach (var span in _gazetteer.FindNames(text))
        {
            var (start, length) = TrimPossessive(text, span.Start, span.Length);
            if (length <= 0) continue;
            if (dateline is { PlaceStart: >= 0 } d && start >= d.PlaceStart && start < d.PlaceStart + d.PlaceLength)
            {
                mentions.Add(new RecognizedMention(new PlaceMention(start, length, text.Substring(start, length), MentionRole.Dateline), true, LevelHint.None));
                continue;
            }
            // "the Netherlands", "central Asia", "south Sudan": the gazetteer matched a longer name; keep the capitalised rest.
            if (!StartsLikeAName(text, start) && TrimLeadingLowercase(text, start, length, Lookup) is { } trimmed) (start, length) = trimmed;
            var name = text.Substring(start, length);
            if (!StartsLikeAName(text, start)) continue;
            // "al" of "al-Wa’er" matched on its own (Ål, Norway): an article is no name.
            if (name.Length <= LongestArabicArticle && ArabicArticles.Contains(name.ToLowerInvariant())) continue;
            var end = start + length;
            var ti = TokenAt(tokens, start);
            if (ti < 0) continue;
            // "People's Republic of China" found as "Republic of China" (Taiwan): take the longer name when known.
            if (ExtendLeft(text, tokens, start, end, Lookup) is { } longer)
            {
                (start, length, name) = (longer, end - longer, text[longer..end]);
                ti = TokenAt(tokens, start);
            }
            var candidates = Lookup(name);
            // FindNames and Lookup fold differently at the edges ("Breaking Bad. He"): no candidate, no mention.
            if (candidates.Count == 0) continue;
            if (candidates.All(c => c.Match == NameMatchKind.Transliterated) && !LooksLikeAName(name)) continue;
            if (IsSurnameOfCounties(text, name, end, candidates)) continue;
            // "with Kate", "Billy said": a lone given name whose only namesakes are villages is a person
            // ("Troy", "Tyler" and "Florence" are cities and stay).
            if (!name.Contains(' ') && NonPlaceNames.IsGivenName(name) && candidates.All(c => c.Place.Level == PlaceLevel.Locality)) continue;
            var best = candidates.Count > 0 ? candidates[0].Place : null;
            // "Canadian Goose", "the German island": a demonym that is also some town's name is the demonym.
            var isDemonym = span.IsDemonym || candidates.Any(c => c.Match == NameMatchKind.Demonym);
            if (FirstBlock(blocked, start, end) is { } block)
            {
                // "Prince Edward Island", "Queen Anne's County": a longer place name holding a title wins over the person rule.
                var holdsPerson = block.Why.StartsWith("person", StringComparison.Ordinal) && start < block.Start && end >= block.End;
                // "West Bank", "East Bank": a place name of several words holding a whole organisation
                // run is the place ("Bank" is an organisation head, as in "Chase Bank").
                // "European Union", "African Union": a demonym and a head are the organisation, whatever the gazetteer lists.
                var holdsOrganisation = block.Why == "organisation" && name.Contains(' ') && start <= block.Start && end >= block.End
                    && !Lookup(name[..name.IndexOf(' ')]).Any(c => c.Match == NameMatchKind.Demonym);
                if (!holdsPerson && !holdsOrganisation)
                {
                    // "California Department of Public Health", "US Army": a state's own organ stands for the state;
                    // "Athens Police Department", "Dublin City Council", "Anderson County Sheriff's Office": a town's
                    // or county's for the town or county (local news). Reported as actors, not shown as events by
                    // default. "Michigan State University" and "Kenya Red Cross Society" are no government's.
                    // Any other organisation a place opens ("Huntsville High School", "Northern Illinois University")
                    // still points to the place: also an actor, when the name is not a common word ("United Bank")
                    // and stands alone or the article names the place elsewhere too ("Amherst College" beside "Amherst").
                    if (block.Why == "organisation" && !isDemonym && best is not null && OrganisationPlaces.Opens(text, tokens, block.Start, block.End, start, end) && !IsCommonName(name, best, LowerWords))
                    {
                        var actor = new RecognizedMention(new PlaceMention(start, length, name, MentionRole.Actor), true, PlaceLikeNames.HintAt([], tokens, ti, start, end));
                        var alone = block.Start == start && MentionRoles.IsGovernmentBody(end, tokens) || OrganisationPlaces.StandsAlone(name, best);
                        (alone ? mentions : opening).Add(actor);
                    }
                    continue;
                }
            }
            if (ContextRules.Reject(text, start, end, name, best, tokens, ti) is { } why)
            {
                if (why == ContextRules.PersonSpeaking) speakers.Add(name);
                continue;
            }
            if (!isDemonym && LongerNames.Around(text, tokens, ti, start, end, best, _options.CommonWordPopulationFloor) is { } run)
            {
                // "Kasai Occidental" is not Occidental, California; "Ural Mountains" not Ural, a village: the
                // fragment is dropped, and a longer name that reads as a place ("Islington Bay") is reported unresolved.
                if (_options.ReportUnresolved && LooksLikeAName(text[run.Start..run.End]) && LongerNames.ReadsAsPlace(text[run.Start..run.End]))
                    mentions.Add(new RecognizedMention(new PlaceMention(run.Start, run.End - run.Start, text[run.Start..run.End], MentionRole.Event), false, LevelHint.None));
                continue;
            }
            if (!isDemonym && IsCommonWord(tokens, ti, name, start, sentenceStarts, LowerWords, best)) continue;
            var role = isDemonym ? MentionRole.Adjectival : _roles.RoleOf(text, tokens, ti, end, best);
            // "Anderson County Sheriff's Office" (kept whole by LongerNames): the county's own body, an actor.
            if (role == MentionRole.Event && MentionRoles.IsGovernmentBody(end, tokens, text)) role = MentionRole.Actor;
            mentions.Add(new RecognizedMention(new PlaceMention(start, length, name, role), true, PlaceLikeNames.HintAt(hints, tokens, ti, start, end)));
        }
        // "Meredith said" once: the lone "Meredith" elsewhere in the article is the same person (one sense per name).
        if (speakers.Count > 0) mentions.RemoveAll(m => m.Mention.Role != MentionRole.Dateline && speakers.Contains(m.Mention.Text));
        var named = mentions.Where(m => m.Mention.Role != MentionRole.Adjectival).Select(m => m.Mention.Text).ToHashSet(StringComparer.Ordinal);
        mentions.AddRange(opening.Where(m => named.Contains(m.Mention.Text)));
        AbbreviationAliases.Add(text, mentions);
        DivisionAbbreviations.Add(text, mentions);
        if (_options.ReportUnresolved)
        {
            foreach (var (start, length, hint) in PlaceLikeNames.Find(text, tokens, _options.ReportUnresolvedAfterPrepositions, nounsOfNames))
            {
                if (mentions.Any(m => m.Mention.Start < start + length && start < m.Mention.Start + m.Mention.Length)) continue;
                if (FirstBlock(blocked, start, start + length) is not null) continue;
                var name = text.Substring(start, length);
                var known = Lookup(name);
                if (known.Any(c => c.Match != NameMatchKind.Transliterated)) continue;
                // "the northern Kurdish village of Ranya", "Numerous cities": a demonym or a sentence's first word.
                if (!LooksLikeAName(name)) continue;
                // "told Kate", "with Billy": a lone given name is a person.
                if (!name.Contains(' ') && (NonPlaceNames.IsGivenName(name) || IsSentenceStart(text, start) || _gazetteer.Lookup(name).Any(c => c.Match == NameMatchKind.Demonym) || LowerWords().Contains(name.ToLowerInvariant()))) continue;
                // "al-Jobar region": only a loose transliteration (Jübar, Germany) is known; the resolver keeps it
                // only if the article is about that country, else it stays unresolved.
                mentions.Add(new RecognizedMention(new PlaceMention(start, length, name, MentionRole.Event), known.Count > 0, hint));
            }
        }
        mentions.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        return mentions;
    }

    // "Sullivan said", "Williams, 39": a lone word whose only places are counties named "Sullivan County" is a
    // surname, unless counties follow ("Becker, Clay and Douglas counties").
    private static bool IsSurnameOfCounties(string text, string name, int end, IReadOnlyList<Candidate> candidates)
    {
        // "Miami-Dade" and "Keserwan" (District) are names of their own.
        if (name.Contains(' ') || name.Contains('-') || candidates.Any(c => c.Match != NameMatchKind.Transliterated
            && (c.Place.Level != PlaceLevel.Admin2 || !string.Equals(c.Place.Name, name + " County", StringComparison.OrdinalIgnoreCase)))) return false;
        var after = text.AsSpan(end, Math.Min(CountyListReach, text.Length - end));
        return !after.Contains("count", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far after a lone county name "counties" or "County" is looked for, in characters.</summary>
    private const int CountyListReach = 40;

    private static (int Start, int Length)? TrimLeadingLowercase(string text, int start, int length, Func<string, IReadOnlyList<Candidate>> lookup)
    {
        var end = start + length;
        var at = start;
        while (at < end && !char.IsUpper(text[at]))
        {
            var space = text.IndexOf(' ', at, end - at);
            if (space < 0) return null;
            at = space + 1;
        }
        if (at >= end) return null;
        return lookup(text[at..end]).Count > 0 ? (at, end - at) : null;
    }

    /// <summary>
    /// A loose (transliteration) match must look like a name on its own: capitalised words, no sentence
    /// break inside, no trailing particle, no demonym ending. Seen: "Hassan el" (Bushra), "Bad. He", "Kurdish".
    /// </summary>
    private static bool LooksLikeAName(string name)
    {
        if (name.Contains(". ", StringComparison.Ordinal) || name.Contains(", ", StringComparison.Ordinal)) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !char.IsUpper(words[^1][0]) && !words[^1].Contains('-')) return false;
        return !(words.Length == 1 && (name.EndsWith("ish", StringComparison.Ordinal) || name.EndsWith("ese", StringComparison.Ordinal) || name.EndsWith("ian", StringComparison.Ordinal)));
    }

    private static int? ExtendLeft(string text, List<Token> tokens, int start, int end, Func<string, IReadOnlyList<Candidate>> lookup)
    {
        var ti = TokenAt(tokens, start);
        if (ti <= 0) return null;
        var previous = tokens[ti - 1];
        if (!previous.IsCapitalised || previous.HasDigit || start - previous.End != 1 || text[previous.End] != ' ') return null;
        var longer = text[previous.Start..end];
        return lookup(longer).Any(c => c.Match is NameMatchKind.Exact or NameMatchKind.Folded) ? previous.Start : null;
    }

    private static bool IsSentenceStart(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\u00A0' or '"' or '“' or '‘' or '(') k--;
        return k < 0 || text[k] is '.' or '!' or '?' or '\n' or ':';
    }

    // "Homs", "MOSCOW", and "al-Tabaqa": an Arabic article before a capital starts a name too.
    private static bool StartsLikeAName(string text, int start)
    {
        if (char.IsUpper(text[start])) return true;
        var dash = text.IndexOf('-', start, Math.Min(5, text.Length - start));
        return dash > start && dash + 1 < text.Length && char.IsUpper(text[dash + 1]) && ArabicArticles.Contains(text[start..dash]);
    }

    private static readonly FrozenSet<string> ArabicArticles = new[] { "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ud", "ul" }.ToFrozenSet(StringComparer.Ordinal);

    // Lower-casing keeps the length: a longer name is never an article, and is not lower-cased to ask.
    private static readonly int LongestArabicArticle = ArabicArticles.Max(a => a.Length);

    // The first token ending after offset (binary search: tokens are in text order).
    private static int TokenAt(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End > offset) { found = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return found;
    }

    private static (int Start, int End, string Why)? FirstBlock(List<(int Start, int End, string Why)> blocked, int start, int end)
    {
        foreach (var b in blocked)
        {
            if (b.Start >= end) break;
            if (b.End > start) return b;
        }
        return null;
    }

    private static (int Start, int Length) TrimPossessive(string text, int start, int length)
    {
        var end = start + length;
        if (length > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’') end -= 2;
        while (end > start && text[end - 1] is '\'' or '’' or '-' or '.') end--;
        return (start, end - start);
    }

    // "United Bank", "Liberty University": a lone ordinary word opening an organisation's name is that word.
    private static bool IsCommonName(string name, Place best, Func<HashSet<string>> lowerWords) =>
        !name.Contains(' ') && best.Level is not (PlaceLevel.Country or PlaceLevel.Admin1)
        && (CommonWords.Contains(name) || lowerWords().Contains(name.ToLowerInvariant()));

    /// <summary>
    /// "Even Optimists Losing Hope", "Mission Accomplished": a single common word is a place only when the
    /// gazetteer's best candidate is big enough that the reading is likely (Turkey, Jordan, Reading-size cities),
    /// and never at the start of a sentence or headline unless it is a country or division.
    /// </summary>
    private bool IsCommonWord(List<Token> tokens, int ti, string name, int start, HashSet<int> sentenceStarts, Func<HashSet<string>> lowerWords, Place? best)
    {
        if (name.Contains(' ') || tokens[ti].IsAllCaps) return false;
        var lower = name.ToLowerInvariant();
        var common = CommonWords.Contains(lower) || lowerWords().Contains(lower);
        if (!common) return false;
        if (best is null) return true;
        if (best.Level is PlaceLevel.Country or PlaceLevel.Admin1) return false;
        var sentenceStart = sentenceStarts.Contains(start);
        return sentenceStart || best.Population < _options.CommonWordPopulationFloor;
    }
}
