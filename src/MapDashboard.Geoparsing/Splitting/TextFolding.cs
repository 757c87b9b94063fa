using System.Globalization;
using System.Text;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>Small text helpers shared by the stages.</summary>
internal static class TextFolding
{
    /// <summary>
    /// Folds a line for "is this the same caption again?" comparisons: curly quotes to straight, no-break
    /// spaces to spaces, runs of space collapsed, lower case. The seed repeats a caption once with "Fleet's"
    /// and once with "Fleet’s".
    /// </summary>
    public static string ForComparison(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var ch = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => c,
            };
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    /// <summary>True for a line holding only white space, no-break spaces included.</summary>
    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>Removes diacritics ("Işık" → "Isik") and lower-cases; used for word-list lookups.</summary>
    public static string Fold(string text)
    {
        var formD = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(formD.Length);
        foreach (var c in formD)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                '\u0131' => 'i',
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>Number of white-space separated words.</summary>
    public static int WordCount(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
