namespace MapDashboard.Geoparsing.Dating;

/// <summary>
/// Dates what a sentence reports: the date expression governing the sentence ("on Friday", "on February 27,
/// 2017", "last month", "since 2014") resolved against the article date, else the article date. The result
/// is never more precise than what the expression and the article date together support: "on Friday"
/// against an article known only to the year is that year, not a guessed day.
/// </summary>
public sealed class EventDater
{
    private readonly List<DateExpression> _expressions;
    private readonly FuzzyDate _articleDate;

    /// <summary>Prepares the dater for one article text and its date.</summary>
    public EventDater(string articleText, FuzzyDate articleDate)
        : this(DateExpressionFinder.FindAll(articleText), articleDate)
    {
    }

    /// <summary>Prepares the dater from expressions already found (the article dater found them first).</summary>
    internal EventDater(List<DateExpression> expressions, FuzzyDate articleDate)
    {
        // In text order (FindAll's order), so DateFor can look at one sentence's expressions only.
        _expressions = [.. expressions.OrderBy(e => e.Start)];
        _articleDate = articleDate;
    }

    /// <summary>
    /// The date for a mention at <paramref name="offset"/> in the sentence [<paramref name="sentenceStart"/>,
    /// +<paramref name="sentenceLength"/>): the nearest governing expression before the mention, else after
    /// it, else the article date. Offsets are UTF-16 code units of the article text.
    /// </summary>
    public FuzzyDate DateFor(int offset, int sentenceStart, int sentenceLength)
    {
        var end = sentenceStart + sentenceLength;
        FuzzyDate? before = null, after = null;
        // From the sentence's first expression to its end: scanning them all for each mention made a 100 KB text
        // naming 15,000 places cost 15,000 times its 5,000 dates.
        for (var i = FirstAtOrAfter(sentenceStart); i < _expressions.Count && _expressions[i].Start < end; i++)
        {
            var e = _expressions[i];
            if (e.IsDeadline) continue;
            if (Resolve(e, _articleDate) is not { } date) continue;
            if (e.Start < offset) before = date;
            else after ??= date;
        }
        return before ?? after ?? _articleDate;
    }

    private int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = _expressions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_expressions[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Resolves one expression against the article date; null when it does not date an event.</summary>
    internal static FuzzyDate? Resolve(DateExpression e, FuzzyDate article)
    {
        var known = article.Value;
        return e.Kind switch
        {
            DateExpressionKind.FullDate => FuzzyDate.Day(new DateOnly(e.Year!.Value, e.Month!.Value, e.Day!.Value)),
            DateExpressionKind.MonthYear => FuzzyDate.Month(e.Year!.Value, e.Month!.Value),
            DateExpressionKind.Year => FuzzyDate.Year(e.Year!.Value),
            DateExpressionKind.MonthDay => MonthDay(e, article),
            DateExpressionKind.Month => Month(e, article),
            DateExpressionKind.Weekday => Weekday(e, article),
            DateExpressionKind.Relative => Relative(e, article),
            _ => known is null ? FuzzyDate.Unknown : article,
        };
    }

    // "March 17" takes the article's year, or the year before when that would put it well after the article.
    private static FuzzyDate MonthDay(DateExpression e, FuzzyDate article)
    {
        if (article.Value is not { } a || article.Precision == DatePrecision.Unknown) return FuzzyDate.Unknown;
        var (month, day) = (e.Month!.Value, e.Day!.Value);
        var year = a.Year;
        if (article.Precision == DatePrecision.Year) return day <= DateTime.DaysInMonth(year, month) ? FuzzyDate.Year(year) : FuzzyDate.Unknown;
        if (article.Precision == DatePrecision.Day && month > a.Month + 1) year--;
        if (article.Precision == DatePrecision.Month && month > a.Month) year--;
        return day <= DateTime.DaysInMonth(year, month) ? FuzzyDate.Day(new DateOnly(year, month, day)) : FuzzyDate.Unknown;
    }

    // "last November" in a March 2017 article is November 2016; "in December" in January is the December before.
    private static FuzzyDate Month(DateExpression e, FuzzyDate article)
    {
        if (article.Value is not { } a || article.Precision == DatePrecision.Unknown) return FuzzyDate.Unknown;
        var month = e.Month!.Value;
        if (article.Precision == DatePrecision.Year) return e.Last ? FuzzyDate.Unknown : FuzzyDate.Year(a.Year);
        var year = e.Last ? (month >= a.Month ? a.Year - 1 : a.Year) : (month > a.Month ? a.Year - 1 : a.Year);
        return FuzzyDate.Month(year, month);
    }

    // "on Friday" in a Friday article is that day; "last Friday" is the one before.
    private static FuzzyDate Weekday(DateExpression e, FuzzyDate article)
    {
        if (article.Value is not { } a) return FuzzyDate.Unknown;
        if (article.Precision != DatePrecision.Day) return article;
        var back = ((int)a.DayOfWeek - (int)e.Weekday!.Value + 7) % 7;
        if (e.Offset > 0) return FuzzyDate.Day(a.AddDays((7 - back) % 7 == 0 ? 7 : (7 - back) % 7));
        if (e.Last && back == 0) back = 7;
        return FuzzyDate.Day(a.AddDays(-back));
    }

    private static FuzzyDate Relative(DateExpression e, FuzzyDate article)
    {
        if (article.Value is not { } a) return FuzzyDate.Unknown;
        switch (e.Unit)
        {
            case RelativeUnit.Day:
                return article.Precision == DatePrecision.Day ? FuzzyDate.Day(a.AddDays(e.Offset)) : article;
            case RelativeUnit.Week:
                // A week straddles months: the month of the day a week away is the most we can say.
                return article.Precision == DatePrecision.Day ? Coarsen(a.AddDays(7 * e.Offset), DatePrecision.Month) : article;
            case RelativeUnit.Month:
                if (article.Precision is DatePrecision.Day or DatePrecision.Month)
                {
                    var m = a.AddMonths(e.Offset);
                    return FuzzyDate.Month(m.Year, m.Month);
                }
                return e.Offset == 0 ? article : FuzzyDate.Unknown;
            default:
                return FuzzyDate.Year(a.Year + e.Offset);
        }
    }

    private static FuzzyDate Coarsen(DateOnly d, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => FuzzyDate.Month(d.Year, d.Month),
        DatePrecision.Year => FuzzyDate.Year(d.Year),
        _ => FuzzyDate.Day(d),
    };
}
