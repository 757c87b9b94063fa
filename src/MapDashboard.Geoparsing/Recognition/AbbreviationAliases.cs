using System.Text.RegularExpressions;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// Abbreviations an article defines: after "New South Wales (NSW)" every "NSW" is the same place, looked up
/// by the long name (the gazetteer has no "NSW").
/// </summary>
internal static partial class AbbreviationAliases
{
    /// <summary>
    /// For given mentions (gold spans, a reviewer's spans) that are abbreviations the text defines, such as
    /// "NSW" after "New South Wales (NSW)", sets the long name to look up.
    /// </summary>
    public static List<RecognizedMention> WithLongNames(string text, List<RecognizedMention> mentions)
    {
        var result = new List<RecognizedMention>(mentions.Count);
        foreach (var m in mentions)
        {
            var abbreviation = m.Mention.Text;
            if (m.LookupName is not null || abbreviation.Length is < 2 or > 7 || abbreviation.Any(char.IsLower))
            {
                result.Add(m);
                continue;
            }
            var definition = text.IndexOf("(" + abbreviation + ")", StringComparison.Ordinal);
            var longName = definition > 0 ? NameBefore(text, definition) : null;
            result.Add(longName is not null && IsInitialism(abbreviation, longName) ? m with { LookupName = longName } : m);
        }
        return result;
    }

    // The capitalised words (and "of", "the") right before an opening parenthesis: "New South Wales (".
    private static string? NameBefore(string text, int parenthesis)
    {
        var end = parenthesis;
        while (end > 0 && text[end - 1] == ' ') end--;
        var words = new List<string>();
        var at = end;
        while (at > 0 && words.Count < 6)
        {
            var start = at;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’')) start--;
            if (start == at) break;
            var word = text[start..at];
            if (!char.IsUpper(word[0]) && word is not ("of" or "the" or "and")) break;
            words.Insert(0, word);
            at = start;
            if (at == 0 || text[at - 1] != ' ') break;
            at--;
        }
        while (words.Count > 0 && !char.IsUpper(words[0][0])) words.RemoveAt(0);
        return words.Count > 0 ? string.Join(' ', words) : null;
    }

    /// <summary>Adds a mention for every later use of an abbreviation defined right after a place name.</summary>
    public static void Add(string text, List<RecognizedMention> mentions)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Mention.Role == MentionRole.Adjectival) continue;
            var after = Abbreviation().Match(text, m.Mention.Start + m.Mention.Length);
            if (after.Success && after.Index == m.Mention.Start + m.Mention.Length && IsInitialism(after.Groups[1].Value, m.Mention.Text))
                aliases.TryAdd(after.Groups[1].Value, m.LookupName ?? m.Mention.Text);
        }
        foreach (var (abbreviation, longName) in aliases)
        {
            foreach (Match hit in Regex.Matches(text, $@"(?<![\p{{L}}\p{{Nd}}]){Regex.Escape(abbreviation)}(?![\p{{L}}\p{{Nd}}])"))
            {
                if (mentions.Any(m => m.Mention.Start < hit.Index + hit.Length && hit.Index < m.Mention.Start + m.Mention.Length)) continue;
                mentions.Add(new RecognizedMention(new PlaceMention(hit.Index, hit.Length, abbreviation, MentionRole.Event), true, LevelHint.None) { LookupName = longName });
            }
        }
    }

    // "NSW" for "New South Wales", "DRC" for "Democratic Republic of the Congo"; not "PCA" for "America" in
    // "Peanut Corp. of America (PCA)".
    private static bool IsInitialism(string abbreviation, string name)
    {
        var initials = new string(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray());
        var letters = abbreviation.Replace(".", "", StringComparison.Ordinal);
        return letters.Length >= 2 && initials.Length >= 2 && letters[0] == initials[0] && initials.Contains(letters[1..], StringComparison.Ordinal) | IsSubsequence(letters, initials);
    }

    private static bool IsSubsequence(string letters, string initials)
    {
        var k = 0;
        foreach (var c in initials) if (k < letters.Length && letters[k] == c) k++;
        return k == letters.Length;
    }

    [GeneratedRegex(@"\G\s*\(([A-Z][A-Z.]{1,6})\)")]
    private static partial Regex Abbreviation();

}
