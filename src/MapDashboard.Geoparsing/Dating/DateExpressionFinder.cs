using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Dating;

/// <summary>Finds date expressions in English news text. Month and weekday names come from <c>Data/</c>.</summary>
internal static class DateExpressionFinder
{
    private static readonly Dictionary<string, int> Months = Pairs("months");
    private static readonly Dictionary<string, int> Weekdays = Pairs("weekdays");

    private static readonly string MonthAlt = string.Join("|", Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
    private static readonly string WeekdayAlt = string.Join("|", Weekdays.Keys.Select(Regex.Escape));

    private const RegexOptions Flags = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // Case-sensitive for month and weekday names (a lower-case "may" or "march" is a word); modifiers are
    // case-insensitive because they open sentences ("Last month", "On Friday").
    // One alternation, longest forms first, so "on February 27, 2017" is not also read as "February 27".
    internal static readonly string Pattern =
        @"\b(?:" +
        @"(?<iso>(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d))" +
        $@"|(?<mdy>(?<mn>{MonthAlt})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d))" +
        $@"|(?<dmy>(?<d>[0-3]?\d)\s+(?<mn>{MonthAlt})\.?,?\s+(?<y>(?:19|20)\d\d))" +
        $@"|(?<md>(?<mn>{MonthAlt})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b)" +
        $@"|(?<dm>(?<d>[0-3]?\d)\s+(?<mn>{MonthAlt})\b)" +
        $@"|(?<my>(?<mn>{MonthAlt})\.?,?\s+(?<y>(?:19|20)\d\d))" +
        $@"|(?<lastm>(?<mod>(?i:last|this|next|in|by|until|since|since\s+early|since\s+late|early|late|mid-?))\s+(?<mn>{MonthAlt})\b)" +
        $@"|(?<wd>(?:(?<mod>(?i:last|on|this|next|since|by))\s+)?(?<wn>{WeekdayAlt})\b)" +
        @"|(?<yr>(?<mod>(?i:in|since|by|until|of|from|during|throughout|early|late|mid-?))\s+(?<y>(?:19|20)\d\d)\b)" +
        @"|(?<rel>(?<mod>(?i:yesterday|today|tomorrow|tonight|(?:(?:earlier|later)\s+)?(?:this|last|next|past)\s+(?<u>week|month|year))))" +
        @")";

    // The pattern tried at one position only: FindAll picks the positions (see MayOpenExpression).
    private static readonly Regex ExpressionAt = new(@"\G" + Pattern, Flags);

    // Every expression opens with a digit, a month or weekday name, or a modifier of Pattern. Running the
    // pattern only where one of these starts a word (where its leading \b can hold) finds exactly what
    // Regex.Matches over the whole text finds, at a fraction of the cost: the alternation was tried at nearly
    // every word of every article (a fifth of the geoparser's time). "yesterday", "today", "tomorrow" and
    // "tonight" open an expression even inside a longer word ("todays"): Pattern has no word boundary after them.
    private static readonly string[] UnboundedOpeners = ["yesterday", "today", "tomorrow", "tonight"];

    // Month and weekday names and the unbounded openers, lower-cased: the pattern is tried after any of them.
    private static readonly FrozenSet<string> NameWords = Months.Keys.Concat(Weekdays.Keys).Concat(UnboundedOpeners)
        .Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    // A modifier opens an expression only before white space and then a year ("in 2016"), a month or weekday
    // name ("last March", "on Friday"), or the words it may take ("since early", "earlier this", "last
    // week"): the first letters of those, lower-cased. "in the", "of a" are never tried.
    private static readonly FrozenDictionary<string, string> Modifiers = new Dictionary<string, string>
    {
        ["last"] = "wmy", ["this"] = "wmy", ["next"] = "wmy", ["past"] = "wmy", // week, month, year
        ["since"] = "el", // early, late
        ["earlier"] = "tlnp", ["later"] = "tlnp", // this, last, next, past
        ["in"] = "", ["by"] = "", ["until"] = "", ["early"] = "", ["late"] = "", ["mid"] = "", ["on"] = "", ["of"] = "",
        ["from"] = "", ["during"] = "", ["throughout"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Month and weekday names are matched case-sensitively: their first letters as written.
    private static readonly string NameInitials = new([.. Months.Keys.Concat(Weekdays.Keys).Select(k => k[0]).Distinct()]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWordLookup = NameWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestOpeningWord = NameWords.Concat(Modifiers.Keys).Max(w => w.Length);

    /// <summary>Every date expression in <paramref name="text"/>, in order.</summary>
    public static List<DateExpression> FindAll(string text)
    {
        var found = new List<DateExpression>();
        foreach (var m in Matches(text))
        {
            if (ToExpression(m) is { } e) found.Add(e);
        }
        return found;
    }

    /// <summary>The matches of <see cref="Pattern"/> in <paramref name="text"/>, as <c>Regex.Matches</c> gives them.</summary>
    internal static List<Match> Matches(string text)
    {
        var matches = new List<Match>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            // After a letter or digit there is no word boundary, here or anywhere inside the word.
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && MayOpenExpression(text, i))
            {
                var m = ExpressionAt.Match(text, i);
                if (m.Success)
                {
                    matches.Add(m);
                    i = m.Index + m.Length;
                    continue;
                }
            }
            i++;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        }
        return matches;
    }

    // A digit, a name word, or a modifier before what may follow it (words folded the way the pattern's case-insensitive parts fold: the Kelvin
    // sign is a "k", the long s an "s", dotted and dotless I an "i").
    private static bool MayOpenExpression(string text, int at)
    {
        if (char.IsDigit(text[at])) return true;
        Span<char> word = stackalloc char[LongestOpeningWord + 1];
        var length = 0;
        for (var k = at; k < text.Length && char.IsLetter(text[k]); k++)
        {
            if (length == word.Length)
            {
                // Longer than any opening word: only "today..." and the like can open it.
                return StartsWithUnboundedOpener(word);
            }
            word[length++] = Fold(text[k]);
        }
        var folded = word[..length];
        if (NameWordLookup.Contains(folded) || StartsWithUnboundedOpener(folded)) return true;
        if (!ModifierLookup.TryGetValue(folded, out var followers)) return false;
        // Pattern: the modifier ("mid" maybe with a hyphen), white space, then what may follow it.
        var next = at + length;
        if (folded is "mid" && next < text.Length && text[next] == '-') next++;
        var space = next;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next == space || next == text.Length) return false;
        var c = text[next];
        return c is '1' or '2' || NameInitials.Contains(c) || followers.Contains(Fold(c));
    }

    private static bool StartsWithUnboundedOpener(ReadOnlySpan<char> folded)
    {
        foreach (var opener in UnboundedOpeners)
        {
            if (folded.StartsWith(opener, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static char Fold(char c) => c switch
    {
        '\u212A' => 'k',
        '\u017F' => 's',
        '\u0130' or '\u0131' => 'i',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The latest complete date (day, month, year) the text states, or null.</summary>
    public static DateOnly? LatestCompleteDate(string text) => LatestCompleteDate(FindAll(text));

    /// <summary>The latest complete date among <paramref name="expressions"/>, or null.</summary>
    public static DateOnly? LatestCompleteDate(List<DateExpression> expressions)
    {
        DateOnly? latest = null;
        foreach (var e in expressions)
        {
            if (e.Kind != DateExpressionKind.FullDate) continue;
            var d = new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value);
            if (latest is null || d > latest) latest = d;
        }
        return latest;
    }

    private static DateExpression? ToExpression(Match m)
    {
        var g = m.Groups;
        int? Int(string name) => g[name].Success ? int.Parse(g[name].Value, CultureInfo.InvariantCulture) : null;
        int? Month() => g["mn"].Success ? Months[g["mn"].Value] : Int("m");
        var mod = g["mod"].Success ? g["mod"].Value.ToLowerInvariant() : "";
        var deadline = mod is "by" or "until";
        // A month name in lower case is a word ("may", "march"): only capitalised names count.
        if (g["mn"].Success && !char.IsUpper(g["mn"].Value[0])) return null;
        if (g["wn"].Success && !char.IsUpper(g["wn"].Value[0])) return null;

        if (g["iso"].Success || g["mdy"].Success || g["dmy"].Success)
        {
            var (y, mo, d) = (Int("y")!.Value, Month()!.Value, Int("d")!.Value);
            // "2017-00-08" or "2017-19-01" is no date: [01]\d lets months 00 and 13-19 through.
            if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
            return new DateExpression(m.Index, m.Length, DateExpressionKind.FullDate) { Year = y, Month = mo, Day = d };
        }
        if (g["md"].Success || g["dm"].Success)
        {
            var d = Int("d")!.Value;
            if (d < 1 || d > 31) return null;
            return new DateExpression(m.Index, m.Length, DateExpressionKind.MonthDay) { Month = Month(), Day = d };
        }
        if (g["my"].Success)
            return new DateExpression(m.Index, m.Length, DateExpressionKind.MonthYear) { Year = Int("y"), Month = Month() };
        if (g["lastm"].Success)
            return new DateExpression(m.Index, m.Length, DateExpressionKind.Month) { Month = Month(), Last = mod == "last", IsDeadline = deadline };
        if (g["wd"].Success)
            return new DateExpression(m.Index, m.Length, DateExpressionKind.Weekday)
            {
                Weekday = (DayOfWeek)Weekdays[g["wn"].Value],
                Last = mod == "last",
                IsDeadline = deadline,
                Offset = mod == "next" ? 1 : 0,
            };
        if (g["yr"].Success)
            return new DateExpression(m.Index, m.Length, DateExpressionKind.Year) { Year = Int("y"), IsDeadline = deadline };
        if (g["rel"].Success)
            return Relative(m, mod);
        return null;
    }

    private static DateExpression Relative(Match m, string mod)
    {
        var e = new DateExpression(m.Index, m.Length, DateExpressionKind.Relative);
        if (mod is "yesterday") return e with { Offset = -1, Unit = RelativeUnit.Day };
        if (mod is "today" or "tonight") return e with { Offset = 0, Unit = RelativeUnit.Day };
        if (mod is "tomorrow") return e with { Offset = 1, Unit = RelativeUnit.Day };
        var unit = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "week" => RelativeUnit.Week,
            "month" => RelativeUnit.Month,
            _ => RelativeUnit.Year,
        };
        var offset = mod.Contains("last") || mod.Contains("past") ? -1 : mod.Contains("next") ? 1 : 0;
        // "in the past year" spans the year up to now, which is as much "this year" as "last year".
        if (mod.Contains("past")) offset = 0;
        return e with { Offset = offset, Unit = unit };
    }

    private static Dictionary<string, int> Pairs(string list)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordList.Lines(list))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            map[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        return map;
    }
}
