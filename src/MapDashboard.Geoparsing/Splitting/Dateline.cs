using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// The dateline opening an article's body: where it was filed, by which outlet, on which day of the year.
/// Offsets are UTF-16 code units of <see cref="ArticleText.Text"/>.
/// </summary>
/// <param name="Start">Start of the dateline.</param>
/// <param name="Length">Length of the dateline, up to where the first sentence begins.</param>
/// <param name="PlaceStart">Start of the filing place ("MOSCOW"), or -1 when none ("(FNA)-").</param>
/// <param name="PlaceLength">Length of the filing place, 0 when none.</param>
/// <param name="Outlet">The outlet the dateline names ("TASS", "FNA", "Sputnik"), or null.</param>
/// <param name="Month">Month 1..12 when the dateline gives one ("March 17"), else null.</param>
/// <param name="Day">Day of month when the dateline gives one, else null.</param>
public sealed partial record Dateline(int Start, int Length, int PlaceStart, int PlaceLength, string? Outlet, int? Month, int? Day)
{
    private const string Ws = @"[\s\u00A0]";

    // "MOSCOW, March 17. /TASS/." (TASS house style).
    [GeneratedRegex(@"\G" + Ws + @"*(?<place>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3}),\s*(?<month>[A-Z][a-z]{2,8})\.?\s+(?<day>\d{1,2})\s*\.?\s*/(?<outlet>[A-Za-z][A-Za-z\- ]{1,20})/\s*\.?" + Ws + "*")]
    private static partial Regex TassStyle();

    // "MOSCOW (Sputnik) —", "DAMASCUS, March 3 (Reuters) -".
    [GeneratedRegex(@"\G" + Ws + @"*(?<place>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3})(?:,\s*(?<month>[A-Z][a-z]{2,8})\.?\s+(?<day>\d{1,2}))?" + Ws + @"*\((?<outlet>[A-Za-z][A-Za-z ]{1,20})\)" + Ws + @"*[-–—:]+" + Ws + "*")]
    private static partial Regex AgencyInParentheses();

    // "MOSCOW.  ." and "MOSCOW      Russia's ..." (Sputnik pages with the outlet stripped).
    [GeneratedRegex(@"\G" + Ws + @"*(?<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})(?:\." + Ws + @"*\.?|" + Ws + @"{2,}|" + Ws + @"*[-–—]+)" + Ws + "*(?=[\"“‘A-Z])")]
    private static partial Regex BareCity();

    // "(FNA)- The Syrian army ..." (Fars News Agency).
    [GeneratedRegex(@"\G" + Ws + @"*\((?<outlet>[A-Z][A-Za-z]{1,12})\)" + Ws + @"*[-–—:]+" + Ws + "*")]
    private static partial Regex OutletOnly();

    /// <summary>Finds the dateline at <paramref name="start"/> of <paramref name="text"/> (the body's first paragraph), or null.</summary>
    public static Dateline? Find(string text, int start)
    {
        foreach (var regex in new[] { TassStyle(), AgencyInParentheses(), OutletOnly(), BareCity() })
        {
            var m = regex.Match(text, start);
            if (!m.Success) continue;
            var place = m.Groups["place"];
            var outlet = m.Groups["outlet"];
            int? month = null, day = null;
            if (m.Groups["month"].Success && TryMonth(m.Groups["month"].Value, out var mo))
            {
                month = mo;
                day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            }
            return new Dateline(
                m.Index, m.Length,
                place.Success ? place.Index : -1, place.Success ? place.Length : 0,
                outlet.Success ? outlet.Value.Trim() : null, month, day);
        }
        return null;
    }

    /// <summary>How many body paragraphs may come before the dateline: a lead ("Even optimists are losing
    /// hope ..., the Russian Defense Ministry said.") often stands above "MOSCOW.  Even the most ...".</summary>
    public const int MaxParagraphsBeforeDateline = 2;

    /// <summary>Finds the dateline of an article: at the start of one of its first body paragraphs.</summary>
    public static Dateline? Find(ArticleText article) => FindInBody(article.Text, article.BodyOffset);

    /// <summary>Finds the dateline at the start of one of the first body paragraphs of an article's <paramref name="text"/>, the body starting at <paramref name="bodyOffset"/>.</summary>
    internal static Dateline? FindInBody(string text, int bodyOffset)
    {
        var at = bodyOffset;
        for (var paragraph = 0; paragraph <= MaxParagraphsBeforeDateline && at < text.Length; paragraph++)
        {
            if (Find(text, at) is { } found) return found;
            var next = text.IndexOf("\n\n", at, StringComparison.Ordinal);
            if (next < 0) break;
            at = next + 2;
        }
        return null;
    }

    private static bool TryMonth(string name, out int month)
    {
        month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            m => m.Length > 0 && name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
        return month > 0;
    }
}
