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
    // Loose names are two or three words, four with two articles ("Ras al-Ain", "Deir ez-Zor"): trying
    // longer runs of capitalised words (title-case headlines) costs time and finds nothing.
    private const int MaxTransliteratedTokens = 4;

    /// <summary>The names in <paramref name="text"/>, in text order; offsets in UTF-16 code units.</summary>
    public IReadOnlyList<NameSpan> Find(string text)
    {
        List<TextToken> tokens = TextTokenizer.Tokenize(text);
        var spans = new List<NameSpan>();
        var key = new KeyBuffer();
        int i = 0;
        while (i < tokens.Count)
        {
            int maxTokens = names.MaxTokensByFirstToken.GetValueOrDefault(tokens[i].Folded, 1);
            int run = JoinableRun(text, tokens, i, Math.Max(maxTokens, MaxTransliteratedTokens));
            (int length, bool demonym) = MatchFolded(tokens, i, Math.Min(maxTokens, run), key);
            bool transliterated = false;
            int loose = StartsLooseRun(text, tokens, i) ? MatchTransliterated(tokens, i, run, Math.Max(2, length + 1), key) : 0;
            if (loose > length)
            {
                (length, demonym, transliterated) = (loose, false, true);
            }
            if (length == 0)
            {
                i++;
                continue;
            }
            int start = tokens[i].Start;
            int end = tokens[i + length - 1].End;
            spans.Add(new NameSpan(start, end - start, text[start..end], demonym) { IsTransliterated = transliterated });
            i += length;
        }
        return spans;
    }

    private (int Length, bool IsDemonym) MatchFolded(List<TextToken> tokens, int i, int maxLength, KeyBuffer key)
    {
        for (int length = maxLength; length >= 1; length--)
        {
            ReadOnlySpan<char> chars = key.Join(tokens, i, length);
            if (length == 1 && (chars.Length < 2 || IsDigits(chars)))
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

    private int MatchTransliterated(List<TextToken> tokens, int i, int run, int minLength, KeyBuffer key)
    {
        int capitalised = 0;
        while (capitalised < Math.Min(run, MaxTransliteratedTokens)
               && (tokens[i + capitalised].IsCapitalised || TransliterationKey.IsArticle(tokens[i + capitalised].Folded)))
        {
            capitalised++;
        }
        // The run must start and end on a capitalised word: "al-Tabaqa", not "Raqqa al".
        while (capitalised > 0 && !tokens[i + capitalised - 1].IsCapitalised)
        {
            capitalised--;
        }
        for (int length = capitalised; length >= minLength; length--)
        {
            string translit = TransliterationKey.FromFolded(key.Join(tokens, i, length));
            if (names.Transliterated.Contains(translit))
            {
                return length;
            }
        }
        return 0;
    }

    // A loose run starts on a capitalised word or on an article hyphenated to the next word ("al-Tabaqa"):
    // a free-standing "at" or "an" is English ("fighting at Deir Ezzor" must not swallow "at").
    private static bool StartsLooseRun(string text, List<TextToken> tokens, int i) =>
        tokens[i].IsCapitalised
        || (TransliterationKey.IsArticle(tokens[i].Folded) && i + 1 < tokens.Count
            && tokens[i + 1].Start == tokens[i].End + 1 && text[tokens[i].End] is '-' or '\u2010' or '\u2011');

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
    private static int JoinableRun(string text, List<TextToken> tokens, int i, int cap)
    {
        int count = 1;
        while (count < cap && i + count < tokens.Count && Joinable(text, tokens[i + count - 1], tokens[i + count]))
        {
            count++;
        }
        return count;
    }

    private static bool Joinable(string text, TextToken previous, TextToken next)
    {
        int dots = 0;
        for (int p = previous.End; p < next.Start; p++)
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
        return dots == 0 || (dots == 1 && previous.Length <= 3 && text[previous.End] == '.');
    }
}
