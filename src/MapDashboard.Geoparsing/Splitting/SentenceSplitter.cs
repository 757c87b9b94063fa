using System.Collections.Frozen;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>A sentence of an article; offsets in UTF-16 code units of the article text.</summary>
internal readonly record struct Sentence(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>
/// Cuts text into sentences at line breaks and at ". ", "! ", "? " before a capital or quote, except after
/// abbreviations ("Maj. Gen. Igor Konashenkov"). A full stop glued to the next capital is a break too: the
/// seed has "NATO missile defense system.The S-400 is ...".
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = WordList.Set("abbreviations");

    /// <summary>The sentences of <paramref name="text"/>, covering it without gaps at their starts.</summary>
    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\u201D' or '\u2019' or ')') j++;
            var k = j;
            while (k < text.Length && text[k] is ' ' or '\u00A0' or '\t') k++;
            if (k >= text.Length) continue;
            var next = text[k];
            var glued = k == j;
            if (!(char.IsUpper(next) || next is '"' or '\u201C' or '\u2018')) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            if (glued && (c != '.' || !GluedBreak(text, i))) continue;
            Add(sentences, text, start, j);
            start = k;
            i = k - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>The sentence of <paramref name="sentences"/> (from <see cref="Split"/>: in order, not overlapping) holding <paramref name="offset"/>, or null.</summary>
    public static Sentence? Containing(List<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /// <summary>
    /// The longest sentence made: a longer run without a break is cut at its last space before the limit (or at
    /// the limit when it has none). A 100 KB line with no full stop was one "sentence", and the dater's and
    /// recogniser's look-around over it grew with the square of its length; a news sentence runs to 300 characters.
    /// </summary>
    public const int MaxSentenceChars = 1_000;

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end - start > MaxSentenceChars)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceChars - 1, MaxSentenceChars / 2);
            cut = cut > start ? cut : start + MaxSentenceChars;
            // Never between the halves of a surrogate pair.
            if (char.IsLowSurrogate(text[cut])) cut--;
            sentences.Add(new Sentence(start, cut - start));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (end > start) sentences.Add(new Sentence(start, end - start));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text[s..dot];
        // Single capitals: initials ("George W. Bush") and "U.S.".
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    // "system.The" is a break; "U.S.A" and "www.Site" are not: require three lower-case letters before the stop.
    private static bool GluedBreak(string text, int dot) =>
        dot >= 3 && char.IsLower(text[dot - 1]) && char.IsLower(text[dot - 2]) && char.IsLower(text[dot - 3]);
}
