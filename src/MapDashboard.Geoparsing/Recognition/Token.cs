using System.Text.RegularExpressions;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>A word of the article text; offsets in UTF-16 code units.</summary>
internal readonly record struct Token(int Start, int Length, string Text)
{
    public int End => Start + Length;

    /// <summary>"Turkey’s", "Russia's": the word before the possessive ends a name.</summary>
    public bool IsPossessive => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>"S-400", "MiG-35", "Ka-52K": a model code, never part of a place name.</summary>
    public bool HasDigit { get; } = Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// Starts like a name: a capital ("Homs", "Al-Assad", "MOSCOW") or an Arabic article before a capital
    /// ("al-Wa’er", "al-Nusra"). "Kurdish-led" is not: its last part is lower case. Computed once per token.
    /// </summary>
    public bool IsCapitalised { get; } = ComputeCapitalised(Text);

    /// <summary>"MOSCOW", "US", "NATO".</summary>
    public bool IsAllCaps { get; } = ComputeAllCaps(Text);

    private static bool ComputeAllCaps(string t)
    {
        var letter = false;
        foreach (var c in t)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letter = true;
        }
        return letter;
    }

    private static bool ComputeCapitalised(string t)
    {
        if (t.Length == 0) return false;
        if (t.Length > 3 && t[2] == '-' || t.Length > 4 && t[3] == '-') { if (ArabicArticle.IsMatch(t)) return true; }
        if (!char.IsUpper(t[0])) return false;
        var hyphen = t.LastIndexOf('-');
        return hyphen < 0 || hyphen == t.Length - 1 || !char.IsLower(t[hyphen + 1]);
    }

    /// <summary>The word without a possessive ending.</summary>
    public string Bare => IsPossessive ? Text[..^2] : Text;

    private static readonly Regex ArabicArticle = new(@"^(?:al|el|ad|ar|as|at|az|an|ash|ath|adh|ud|ul)-\p{Lu}", RegexOptions.Compiled);

    /// <summary>
    /// The words of <paramref name="text"/>: runs of letters, marks and digits, joined by inner hyphens and
    /// apostrophes ("Jean-Yves", "al-Wa’er", "Turkey’s", "S-400"); a full stop is kept only on short
    /// capitalised abbreviations ("Maj.", "Gen.", "Mr."), elsewhere it ends a sentence. A hand-written scanner:
    /// this runs over every character of every article.
    /// </summary>
    public static List<Token> Read(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (true)
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                if (i + 1 < text.Length && text[i] is '-' or '\'' or '’' && IsWordChar(text[i + 1])) { i++; continue; }
                break;
            }
            var end = i;
            if (end < text.Length && text[end] == '.' && IsAbbreviation(text, start, end)) end++;
            tokens.Add(new Token(start, end - start, text.Substring(start, end - start)));
            i = Math.Max(i, end);
        }
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // "Maj", "Gen", "Mr" but not "US" (all capitals) or "NATO".
    private static bool IsAbbreviation(string text, int start, int end)
    {
        var length = end - start;
        if (length > 4 || !char.IsUpper(text[start])) return false;
        var allUpper = true;
        for (var k = start; k < end; k++)
        {
            if (!char.IsLetter(text[k])) return false;
            if (!char.IsUpper(text[k])) allUpper = false;
        }
        return !allUpper;
    }
}
