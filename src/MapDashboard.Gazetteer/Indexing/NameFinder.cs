using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// Finds every gazetteer name and demonym in a text (<see cref="IGazetteer.FindNames"/>): tokenize once,
/// then at each word try the longest run of words that can still be a name, and keep non-overlapping
/// longest matches, left to right.
/// </summary>
/// <remarks>
/// Transliteration keys are tried only on runs of two or more capitalised words (articles such as "ez" in
/// "Deir ez-Zor" may be lower case): "Deir Ezzor" is a name whatever the spelling, but a single capitalised
/// word at the start of a sentence ("Today") would meet some village's loose key.
/// Single-letter names are never reported: "Å" (Norway) and "Y" (France) would flag every "a" and "y".
/// </remarks>
internal sealed class NameFinder(NameIndexes names)
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _maxTokensByFirstToken =
        names.MaxTokensByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();

    // Loose names are two or three words, four with two articles ("Ras al-Ain", "Deir ez-Zor"): trying
    // longer runs of capitalised words (title-case headlines) costs time and finds nothing.
    private const int MaxTransliteratedTokens = 4;

    /// <summary>The names in <paramref name="text"/>, in text order; offsets in UTF-16 code units.</summary>
    public IReadOnlyList<NameSpan> Find(string text)
    {
        FoldedTokens tokens = TextTokenizer.TokenizeFolded(text);
        var spans = new List<NameSpan>();
        int i = 0;
        while (i < tokens.Count)
        {
            int maxTokens = _maxTokensByFirstToken.TryGetValue(tokens.Folded(i), out int known) ? known : 1;
            int run = JoinableRun(text, tokens, i, Math.Max(maxTokens, MaxTransliteratedTokens));
            (int length, bool demonym) = MatchFolded(tokens, i, Math.Min(maxTokens, run));
            bool transliterated = false;
            int loose = StartsLooseRun(text, tokens, i) ? MatchTransliterated(tokens, i, run, Math.Max(2, length + 1)) : 0;
            if (loose > length)
            {
                (length, demonym, transliterated) = (loose, false, true);
            }
            if (length == 0)
            {
                i++;
                continue;
            }
            int start = tokens.Start(i);
            int end = tokens.End(i + length - 1);
            spans.Add(new NameSpan(start, end - start, text[start..end], demonym) { IsTransliterated = transliterated });
            i += length;
        }
        return spans;
    }

    private (int Length, bool IsDemonym) MatchFolded(FoldedTokens tokens, int i, int maxLength)
    {
        for (int length = maxLength; length >= 1; length--)
        {
            ReadOnlySpan<char> chars = tokens.Key(i, length);
            if (length == 1 && (chars.Length < 2 || IsDigits(chars)))
            {
                continue;
            }
            // Most runs tried are no name: the filter rules them out without touching the large index.
            if (!names.FoldedOrDemonymFilter.MayContain(chars))
            {
                continue;
            }
            if (names.Folded.Contains(chars))
            {
                return (length, false);
            }
            if (names.Demonyms.Contains(chars))
            {
                return (length, true);
            }
        }
        return (0, false);
    }

    private int MatchTransliterated(FoldedTokens tokens, int i, int run, int minLength)
    {
        int capitalised = 0;
        while (capitalised < Math.Min(run, MaxTransliteratedTokens)
               && (tokens.IsCapitalised(i + capitalised) || TransliterationKey.IsArticle(tokens.Folded(i + capitalised))))
        {
            capitalised++;
        }
        // The run must start and end on a capitalised word: "al-Tabaqa", not "Raqqa al".
        while (capitalised > 0 && !tokens.IsCapitalised(i + capitalised - 1))
        {
            capitalised--;
        }
        for (int length = capitalised; length >= minLength; length--)
        {
            string translit = TransliterationKey.FromFolded(tokens.Key(i, length));
            if (names.Transliterated.Contains(translit))
            {
                return length;
            }
        }
        return 0;
    }

    // A loose run starts on a capitalised word or on an article hyphenated to the next word ("al-Tabaqa"):
    // a free-standing "at" or "an" is English ("fighting at Deir Ezzor" must not swallow "at").
    private static bool StartsLooseRun(string text, FoldedTokens tokens, int i) =>
        tokens.IsCapitalised(i)
        || (TransliterationKey.IsArticle(tokens.Folded(i)) && i + 1 < tokens.Count
            && tokens.Start(i + 1) == tokens.End(i) + 1 && text[tokens.End(i)] is '-' or '\u2010' or '\u2011');

    private static bool IsDigits(ReadOnlySpan<char> key)
    {
        foreach (char c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    // How many words from i on may belong to one name: the gap between two words must be spaces or a
    // hyphen ("Deir ez-Zor"), or the dot of a short abbreviation ("St. Louis"); never a comma or a line break.
    private static int JoinableRun(string text, FoldedTokens tokens, int i, int cap)
    {
        int count = 1;
        while (count < cap && i + count < tokens.Count && Joinable(text, tokens, i + count - 1))
        {
            count++;
        }
        return count;
    }

    private static bool Joinable(string text, FoldedTokens tokens, int previous)
    {
        int previousEnd = tokens.End(previous);
        int dots = 0;
        for (int p = previousEnd; p < tokens.Start(previous + 1); p++)
        {
            char c = text[p];
            if (c == '.')
            {
                dots++;
                continue;
            }
            if (c is not (' ' or '\u00A0' or '-' or '\u2010' or '\u2011'))
            {
                return false;
            }
        }
        return dots == 0 || (dots == 1 && tokens.Length(previous) <= 3 && text[previousEnd] == '.');
    }
}
