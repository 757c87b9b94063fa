using System.Globalization;
using System.Text;

namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// Folds a name to the key under which the gazetteer indexes it: lower case, diacritics stripped,
/// apostrophes and dots dropped, every other run of non-letters collapsed to one space.
/// "Côte d’Ivoire", "Cote d'Ivoire" and "COTE-D'IVOIRE" all fold to "cote divoire".
/// </summary>
/// <remarks>
/// The same function folds gazetteer names and the words of an article, so a name found in text
/// and a name in the index agree by construction: tokens of the fold are exactly the runs of
/// letters and digits that <see cref="TextTokenizer"/> returns.
/// </remarks>
public static class NameFolder
{
    /// <summary>Folds <paramref name="name"/>; empty when it has no letter or digit.</summary>
    public static string Fold(string name) => Fold(name.AsSpan());

    /// <summary>Folds <paramref name="name"/>; empty when it has no letter or digit.</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length * 2 + 4] : new char[name.Length * 2 + 4];
        int length = Fold(name, buffer);
        return length < 0 ? FoldSlow(name) : new string(buffer[..length]);
    }

    /// <summary>
    /// Folds into <paramref name="destination"/> (needs room for twice the input: "ß" becomes "ss")
    /// and returns the length written, or -1 when the input needs Unicode decomposition (the slow path).
    /// </summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        int written = 0;
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                Emit(destination, ref written, ref pendingSpace, c);
                continue;
            }
            if (char.IsAsciiLetterUpper(c))
            {
                Emit(destination, ref written, ref pendingSpace, (char)(c | 0x20));
                continue;
            }
            string? folded = FoldTable.Of(c);
            if (folded is null)
            {
                return -1;
            }
            if (folded == " ")
            {
                pendingSpace = written > 0;
                continue;
            }
            foreach (char f in folded)
            {
                Emit(destination, ref written, ref pendingSpace, f);
            }
        }
        return written;
    }

    /// <summary>True for the characters folding removes without a trace: apostrophes, okinas, dots.</summary>
    public static bool IsDropped(char c) => c switch
    {
        '\'' or '.' or '`' or '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u00B4' => true,
        _ => false,
    };

    private static void Emit(Span<char> destination, ref int written, ref bool pendingSpace, char c)
    {
        if (pendingSpace)
        {
            destination[written++] = ' ';
            pendingSpace = false;
        }
        destination[written++] = c;
    }

    // Characters outside the table (other scripts, rare once the builder dropped non-Latin names):
    // decompose, drop marks, lower-case; letters of other scripts stay as they are.
    private static string FoldSlow(ReadOnlySpan<char> name)
    {
        string decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || IsDropped(c))
            {
                continue;
            }
            string? replacement = c < 128 ? null : LatinLetters.Replacement(c);
            if (replacement is null && !char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(replacement ?? char.ToLowerInvariant(c).ToString());
        }
        return builder.ToString();
    }
}
