using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Dating;

/// <summary>
/// Dates an article: metadata first, then the dateline ("MOSCOW, March 17. /TASS/" with the year the
/// surrounding text gives), then the latest complete date the article or its source document states,
/// else unknown. Never invents a day.
/// </summary>
public static class ArticleDater
{
    /// <summary>
    /// A dateline day more than this many days after the latest date the document states belongs to the
    /// year before: a "December 28" dateline in a digest whose latest stated date is 2017-01-05 is 2016.
    /// </summary>
    public const int DatelineLookAheadDays = 183;

    /// <summary>The article's date and the evidence for it.</summary>
    public static (FuzzyDate Date, string Evidence) Date(ArticleText article) => Date(article, DateExpressionFinder.FindAll(article.Text), Dateline.Find(article));

    /// <summary>The article's date from the date expressions already found in its text and its dateline (or null).</summary>
    internal static (FuzzyDate Date, string Evidence) Date(ArticleText article, List<DateExpression> expressions, Dateline? dateline)
    {
        if (article.MetadataDate is { Precision: not DatePrecision.Unknown } meta)
            return (meta, "metadata");

        var stated = DateExpressionFinder.LatestCompleteDate(expressions);
        DateOnly? reference = Max(stated, article.DocumentDate is { Precision: DatePrecision.Day, Value: { } d } ? d : null);

        if (dateline is { Month: { } month, Day: { } day } && reference is { } r)
        {
            var year = r.Year;
            if (IsValid(year, month, day) && new DateOnly(year, month, day).DayNumber - r.DayNumber > DatelineLookAheadDays) year--;
            if (IsValid(year, month, day))
                return (FuzzyDate.Day(new DateOnly(year, month, day)), $"dateline {month:00}-{day:00}, year {year} from the latest date the text states ({r:yyyy-MM-dd})");
        }
        if (reference is { } latest)
            return (FuzzyDate.Day(latest), stated == latest ? "latest complete date the article states" : "latest complete date its source document states");
        return (FuzzyDate.Unknown, "no date in metadata, dateline or text");
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
