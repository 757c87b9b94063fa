using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Data.Index;

/// <summary>
/// The reports (articles) with events matching one filter, in list order: newest matching event first (by its
/// first day), undated last, ties by article id descending. Built in one scan and one sort, then cached, so
/// each page the list scrolls to is a slice.
/// </summary>
internal sealed class ReportOrder
{
    private ReportOrder(int[] articles, int[] days, DatePrecision[] precisions)
    {
        Articles = articles;
        Days = days;
        Precisions = precisions;
    }

    /// <summary>Article indexes in list order.</summary>
    public int[] Articles { get; }

    /// <summary>The first day of each report's newest matching event; <see cref="EventRow.Undated"/> when none is dated.</summary>
    public int[] Days { get; }

    public DatePrecision[] Precisions { get; }

    public int Count => Articles.Length;

    public static ReportOrder Build(EventIndexSnapshot s, MentionMatcher matcher)
    {
        // Sort keys: (newest day + 1, or 0 when undated) in the high half, the article index in the low half;
        // ascending order read backwards is the list order.
        var keys = new List<long>();
        var precisionByArticle = new Dictionary<int, DatePrecision>();
        var current = -1;
        var newest = int.MinValue;
        var precision = DatePrecision.Unknown;
        for (int r = 0, end = matcher.RowEnd(s); r < end; r++)
        {
            ref readonly var row = ref s.Rows[r];
            if (!matcher.Matches(row))
            {
                continue;
            }

            if (row.Article != current)
            {
                Flush();
                (current, newest, precision) = (row.Article, EventRow.Undated, DatePrecision.Unknown);
            }

            if (row.DayStart > newest)
            {
                (newest, precision) = (row.DayStart, row.Precision);
            }
        }

        Flush();
        var sorted = keys.ToArray();
        Array.Sort(sorted);
        var articles = new int[sorted.Length];
        var days = new int[sorted.Length];
        var precisions = new DatePrecision[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var key = sorted[sorted.Length - 1 - i];
            articles[i] = (int)(key & uint.MaxValue);
            days[i] = (int)(key >> 32) - 1;
            precisions[i] = days[i] == EventRow.Undated ? DatePrecision.Unknown : precisionByArticle.GetValueOrDefault(articles[i], DatePrecision.Day);
        }

        return new ReportOrder(articles, days, precisions);

        void Flush()
        {
            if (current < 0)
            {
                return;
            }

            keys.Add(((long)(newest + 1) << 32) | (uint)current);
            if (precision != DatePrecision.Day)
            {
                // Most events are dated to the day: only the others are remembered.
                precisionByArticle[current] = precision;
            }
        }
    }
}
