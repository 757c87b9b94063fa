using System.Globalization;

namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// Splits text into the words <see cref="NameFolder"/> would see: runs of letters and digits, with an
/// apostrophe inside a word kept ("d’Ivoire", "Sana'a") and a possessive "'s" left out ("Syria’s" → "Syria").
/// Dotted initials stay one word ("U.S.", "U.K."), so they meet the country names "US" and "UK".
/// </summary>
public static class TextTokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order; offsets in UTF-16 code units.</summary>
    public static List<TextToken> Tokenize(string text)
    {
        FoldedTokens words = TokenizeFolded(text);
        var tokens = new List<TextToken>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            tokens.Add(new TextToken(words.Start(i), words.Length(i), words.Folded(i).ToString(), words.IsCapitalised(i)));
        }
        return tokens;
    }

    /// <summary>
    /// The same words as <see cref="Tokenize"/>, with their folded forms in one buffer instead of a string
    /// each (<see cref="FoldedTokens"/>): what scanning a text for names needs, without an allocation per word.
    /// </summary>
    internal static FoldedTokens TokenizeFolded(string text)
    {
        var words = new FoldedTokens(text.Length);
        Span<char> buffer = stackalloc char[256];
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            int end = ScanWord(text, i);
            i = end < text.Length && IsPossessive(text, end) ? end + 2 : end;
            int length = end - start;
            ReadOnlySpan<char> folded = FoldToken(text.AsSpan(start, length), buffer);
            if (folded.Length > 0)
            {
                words.Append(start, length, folded, char.IsUpper(text[start]));
            }
        }
        return words;
    }

    // In the stack buffer when the word fits and the fold table knows its characters (nearly always).
    private static ReadOnlySpan<char> FoldToken(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length * 2 + 4 > buffer.Length)
        {
            return NameFolder.Fold(word);
        }
        int written = NameFolder.Fold(word, buffer);
        return written < 0 ? NameFolder.Fold(word) : buffer[..written];
    }

    private static int ScanWord(string text, int i)
    {
        int initials = ScanInitials(text, i);
        if (initials > i)
        {
            return initials;
        }
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }
            bool apostrophe = c is '\'' or '\u2019' or '\u2018' or '\u02BC';
            if (apostrophe && i + 1 < text.Length && IsWordChar(text[i + 1]) && !IsPossessive(text, i))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    // "U.S." and "U.A.E.": single letters each followed by a dot, at least two of them.
    private static int ScanInitials(string text, int i)
    {
        int j = i;
        int letters = 0;
        while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.'
               && (j + 2 >= text.Length || !char.IsLetterOrDigit(text[j + 2]) || (j + 3 < text.Length && text[j + 3] == '.')))
        {
            letters++;
            j += 2;
            if (j >= text.Length || !char.IsLetter(text[j]))
            {
                break;
            }
        }
        return letters >= 2 ? j : i;
    }

    private static bool IsPossessive(string text, int apostrophe) =>
        text[apostrophe] is '\'' or '\u2019' && apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;
}
