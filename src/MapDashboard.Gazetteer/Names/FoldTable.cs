using System.Globalization;
using System.Text;

namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// The folded spelling of every Latin character, computed once (Unicode decomposition, marks dropped,
/// lower case, <see cref="LatinLetters"/>), so folding a name is one table look-up per character instead
/// of a normalisation per name: loading folds 600,000 names, a third of them with diacritics.
/// </summary>
internal static class FoldTable
{
    /// <summary>Characters below this are covered by <see cref="Of"/>; Latin Extended Additional is mapped separately.</summary>
    private const int DenseLimit = 0x0370;
    private const int ExtendedStart = 0x1E00;
    private const int ExtendedEnd = 0x1F00;

    private static readonly string?[] Dense = Build(0, DenseLimit);
    private static readonly string?[] Extended = Build(ExtendedStart, ExtendedEnd);

    /// <summary>
    /// The folded form of <paramref name="c"/>: lower-case ASCII letters or digits, "" for a character folding drops
    /// (marks, apostrophes), " " for a separator; null when the table does not know the character (other scripts).
    /// </summary>
    public static string? Of(char c) =>
        c < DenseLimit ? Dense[c] : c is >= (char)ExtendedStart and < (char)ExtendedEnd ? Extended[c - ExtendedStart] : null;

    private static string?[] Build(int start, int end)
    {
        var table = new string?[end - start];
        for (int code = start; code < end; code++)
        {
            table[code - start] = Fold((char)code);
        }
        return table;
    }

    private static string? Fold(char c)
    {
        if (NameFolder.IsDropped(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ModifierLetter)
        {
            return "";
        }
        if (LatinLetters.Replacement(c) is { } replacement)
        {
            return replacement;
        }
        if (!char.IsLetterOrDigit(c))
        {
            return " ";
        }
        var builder = new StringBuilder();
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            char lower = char.ToLowerInvariant(d);
            if (!char.IsAsciiLetterOrDigit(lower))
            {
                return LatinLetters.Replacement(lower) ?? (char.IsLetter(lower) ? lower.ToString() : null);
            }
            builder.Append(lower);
        }
        return builder.ToString();
    }
}
