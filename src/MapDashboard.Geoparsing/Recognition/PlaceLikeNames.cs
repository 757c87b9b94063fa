using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// Place-like contexts: "X province", "the X neighbourhood", "the city of X", "the neighborhoods of X and Y",
/// "in al-X". They give a level hint to known names and reveal names the gazetteer lacks, which are reported
/// unresolved rather than guessed.
/// </summary>
internal static class PlaceLikeNames
{
    private static readonly Dictionary<string, LevelHint> Nouns = WordList.Lines("place-nouns")
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(p => p[0], p => p[1] switch
        {
            "admin" => LevelHint.Admin,
            "county" => LevelHint.County,
            "settlement" => LevelHint.Settlement,
            "locality" => LevelHint.Locality,
            "feature" => LevelHint.Feature,
            _ => LevelHint.Region,
        }, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MunicipalNouns = WordList.Set("municipal-nouns");
    private static readonly FrozenSet<string> OrganisationWords = WordList.Lines("organisation-heads").Concat(WordList.Lines("person-titles")).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Directions = WordList.Set("direction-words");
    private static readonly FrozenSet<string> CommonWords = WordList.Set("common-words");
    private static readonly FrozenSet<string> Months = WordList.Lines("months").Select(l => l.Split(' ')[0]).Concat(WordList.Lines("weekdays").Select(l => l.Split(' ')[0])).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string NounAlt = string.Join("|", Nouns.Keys.OrderByDescending(k => k.Length));
    private const string Name = @"(?:(?:al|el|ad|ar|as|az|an|ash)-)?\p{Lu}[\p{L}\p{M}’'\-]+(?:\s(?:(?:al|el|ad|ar|as|az|an|ash)-)?\p{Lu}[\p{L}\p{M}’'\-]+){0,2}";

    // "Homs province", "al-Wa’er neighborhood", "Deir Hafer region".
    private static readonly Regex NameThenNoun = new($@"(?<name>{Name})\s(?<noun>{NounAlt})\b", RegexOptions.Compiled);

    // "the city of Mosul", "the neighborhoods of al-Rushdiyeh and al-Huweiqah", "the provinces of Aleppo, Damascus, Homs, Hama, and Quneitra".
    private static readonly Regex NounOfNames = new($@"\b(?<noun>{NounAlt}) of (?:the )?(?<name>{Name})(?:(?:,\s*|,?\s+and\s+)(?<name>{Name}))*", RegexOptions.Compiled);

    // "from al-Qalamoun", "in al-Jobar": a transliterated Arabic name after a preposition is a place.
    private static readonly Regex PrepositionArabic = new(@"\b(?:in|near|from|at|to|towards|outside|around|into)\s(?:the\s)?(?<name>(?:al|el)-\p{Lu}[\p{L}\p{M}’'\-]+(?:\s\p{Lu}[\p{L}\p{M}’'\-]+)?)", RegexOptions.Compiled);

    // "in Jobar", "to Jobar from ...": a capitalised word after a locative preposition, ending there.
    private static readonly Regex LocativeName = new(@"\b(?:in|near|outside|around|towards|into)\s(?<name>\p{Lu}\p{Ll}[\p{L}\p{M}’'\-]+)(?=[,.;:)]|\s+(?:and\s|on\s|in\s|from\s|to\s|after\s|before\s|where\s|which\s|that\s|as\s|is\s|was\s|were\s|had\s|has\s)|\s*$)", RegexOptions.Compiled);

    /// <summary>Place-like names with their hint, as (start, length, hint) in UTF-16 code units.</summary>
    /// <remarks><paramref name="nounsOfNames"/>: <see cref="NounsOfNames"/> of the text.</remarks>
    public static IEnumerable<(int Start, int Length, LevelHint Hint)> Find(string text, IReadOnlyList<Token> tokens, bool afterPrepositions, List<Match> nounsOfNames)
    {
        if (afterPrepositions)
        {
            foreach (Match m in LocativeName.Matches(text))
            {
                if (Clean(m.Groups["name"]) is { } n && !OrganisationWords.Contains(text.Substring(n.Start, n.Length))) yield return (n.Start, n.Length, LevelHint.None);
            }
        }
        foreach (Match m in NameThenNoun.Matches(text))
        {
            if (Clean(m.Groups["name"]) is { } n) yield return (n.Start, n.Length, Nouns[m.Groups["noun"].Value]);
        }
        foreach (var m in nounsOfNames)
        {
            var hint = Nouns[m.Groups["noun"].Value];
            foreach (Capture c in m.Groups["name"].Captures)
            {
                if (Clean(c) is { } n) yield return (n.Start, n.Length, hint);
            }
        }
        foreach (Match m in PrepositionArabic.Matches(text))
        {
            if (Clean(m.Groups["name"]) is { } n) yield return (n.Start, n.Length, LevelHint.None);
        }
    }

    private static readonly string PluralNounAlt = string.Join("|", Nouns.Keys.Where(k => k.EndsWith('s')).OrderByDescending(k => k.Length));

    // "Becker, Clay, Douglas, Grant and Wilkin counties", "Homs and Hama provinces": a list of names closed by a
    // plural place noun names places of that kind; a bare "Grant" is otherwise read as a town.
    private static readonly Regex NamesThenPluralNoun = new($@"(?<name>{Name})(?:(?:,\s*|,?\s+(?:and|or)\s+)(?<name>{Name}))+\s(?<noun>{PluralNounAlt})\b", RegexOptions.Compiled);

    /// <summary>The matches of "the city of X", "the provinces of X, Y and Z", "X and Y counties" in
    /// <paramref name="text"/>: read once per article, for both <see cref="Hints"/> and <see cref="Find"/>.</summary>
    public static List<Match> NounsOfNames(string text) => [.. NounOfNames.Matches(text).Cast<Match>(), .. NamesThenPluralNoun.Matches(text).Cast<Match>()];

    /// <summary>The spans that "the provinces of Aleppo, Damascus, ..." and the like give a hint to, from <see cref="NounsOfNames"/> of the text.</summary>
    public static List<(int Start, int End, LevelHint Hint)> Hints(List<Match> nounsOfNames)
    {
        var hints = new List<(int, int, LevelHint)>();
        foreach (var m in nounsOfNames)
        {
            var hint = Nouns[m.Groups["noun"].Value];
            foreach (Capture c in m.Groups["name"].Captures) hints.Add((c.Index, c.Index + c.Length, hint));
        }
        return hints;
    }

    /// <summary>
    /// The level hint of each of <paramref name="spans"/> ((start, length) in UTF-16 code units of
    /// <paramref name="text"/>, in text order): spans given by a reviewer or a corpus read their context as
    /// recognised ones do, so "Homs province" given as "Homs" is still the province.
    /// </summary>
    public static LevelHint[] HintsOf(string text, IReadOnlyList<(int Start, int Length)> spans)
    {
        var tokens = Token.Read(text);
        var hints = Hints(NounsOfNames(text));
        var result = new LevelHint[spans.Count];
        var ti = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            while (ti < tokens.Count && tokens[ti].Start < start) ti++;
            result[i] = HintAt(hints, tokens, ti, start, start + length);
        }
        return result;
    }

    /// <summary>The level hint the words around a known name give ("Homs province", "provinces of Aleppo").</summary>
    public static LevelHint HintAt(List<(int Start, int End, LevelHint Hint)> hints, IReadOnlyList<Token> tokens, int tokenIndex, int start, int end)
    {
        for (var k = tokenIndex; k < tokens.Count && k <= tokenIndex + 6; k++)
        {
            var next = tokens[k];
            if (next.Start < end) continue;
            if (next.Start - end <= 2 && char.IsLower(next.Text[0]) && Nouns.TryGetValue(next.Text, out var after)) return after;
            // "Berea police", "Mansfield Police Department": a town with its own police or mayor.
            if (next.Start == end + 1 && MunicipalNouns.Contains(next.Bare)) return LevelHint.Settlement;
            break;
        }
        foreach (var h in hints)
        {
            if (h.Start <= start && start < h.End) return h.Hint;
        }
        return LevelHint.None;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DirectionSpans = Directions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthSpans = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    // Strip orientation words ("Eastern Ghouta" stays a name only after the direction is dropped if nothing
    // else is left) and reject months, weekdays and common words. On spans of the match: this runs for every
    // candidate of four patterns in every article.
    private static (int Start, int Length)? Clean(Capture c)
    {
        var value = c.ValueSpan;
        // Leading direction words are skipped, the last word always kept.
        var offset = 0;
        while (value[offset..].IndexOf(' ') is var space and >= 0 && DirectionSpans.Contains(value.Slice(offset, space))) offset += space + 1;
        var kept = value[offset..];
        if (kept.EndsWith("’s", StringComparison.Ordinal) || kept.EndsWith("'s", StringComparison.Ordinal)) kept = kept[..^2];
        kept = kept.TrimEnd("’'-");
        if (kept.Length < 3) return null;
        var firstSpace = kept.IndexOf(' ');
        var first = firstSpace < 0 ? kept : kept[..firstSpace];
        if (MonthSpans.Contains(first) || DirectionSpans.Contains(kept)) return null;
        if (firstSpace < 0 && !kept.Contains('-') && CommonWords.Contains(kept.ToString().ToLower(CultureInfo.InvariantCulture))) return null;
        var lowerLetter = false;
        foreach (var ch in kept) lowerLetter |= char.IsLetter(ch) && !char.IsUpper(ch);
        if (!lowerLetter) return null;
        return (c.Index + offset, kept.Length);
    }
}
