using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Data.Index;

/// <summary>
/// The first reports (articles) of one filter's list, in list order: newest matching event first (by its first
/// day), undated last, ties by article id descending. One walk over the filter's <see cref="RowSet"/> keeps the
/// best <see cref="Length"/> in a heap (no sort of every report), then cached: the pages the list scrolls to
/// within it are slices; a page past it builds a longer one.
/// </summary>
internal sealed class ReportOrder
{
    /// <summary>The shortest prefix kept: a few pages of the list.</summary>
    public const int MinLength = 256;

    private ReportOrder(int[] articles, int[] days, DatePrecision[] precisions, int total)
    {
        Articles = articles;
        Days = days;
        Precisions = precisions;
        Total = total;
    }

    /// <summary>Article indexes in list order, the first <see cref="Length"/> of them.</summary>
    public int[] Articles { get; }

    /// <summary>The first day of each report's newest matching event; <see cref="EventRow.Undated"/> when none is dated.</summary>
    public int[] Days { get; }

    public DatePrecision[] Precisions { get; }

    /// <summary>How many reports are held (the list's first ones).</summary>
    public int Length => Articles.Length;

    /// <summary>How many reports the whole list holds.</summary>
    public int Total { get; }

    /// <summary>Whether this holds the reports up to <paramref name="end"/> (exclusive), or all of them.</summary>
    public bool Covers(int end) => end <= Length || Length == Total;

    /// <summary>The list's first <paramref name="length"/> reports (at least <see cref="MinLength"/>).</summary>
    public static ReportOrder Build(EventIndexSnapshot s, MentionMatcher matcher, RowSet set, int length)
    {
        // Sort keys: (newest day + 1, or 0 when undated) in the high half, the article index in the low half;
        // the largest keys, read from the largest down, are the list order.
        var keep = Math.Max(length, MinLength);
        var best = new PriorityQueue<long, long>(Math.Min(keep, set.Reports) + 1);
        var current = -1;
        var newest = int.MinValue;
        var (rowArticle, rowDay) = (s.Layout.RowArticle, s.Layout.RowDay);
        foreach (var r in set)
        {
            if (rowArticle[r] != current)
            {
                Flush();
                (current, newest) = (rowArticle[r], EventRow.Undated);
            }

            newest = Math.Max(newest, rowDay[r]);
        }

        Flush();
        var count = best.Count;
        var articles = new int[count];
        var days = new int[count];
        var precisions = new DatePrecision[count];
        for (var i = count - 1; i >= 0; i--)
        {
            var key = best.Dequeue();
            articles[i] = (int)(key & uint.MaxValue);
            days[i] = (int)(key >> 32) - 1;
            precisions[i] = days[i] == EventRow.Undated ? DatePrecision.Unknown : PrecisionOfNewest(s, matcher, articles[i]);
        }

        return new ReportOrder(articles, days, precisions, set.Reports);

        void Flush()
        {
            if (current < 0)
            {
                return;
            }

            var key = ((long)(newest + 1) << 32) | (uint)current;
            if (best.Count < keep)
            {
                best.Enqueue(key, key);
            }
            else if (key > best.Peek())
            {
                best.EnqueueDequeue(key, key);
            }
        }
    }

    /// <summary>The precision of an article's first matching event starting on its newest matching day.</summary>
    private static DatePrecision PrecisionOfNewest(EventIndexSnapshot s, MentionMatcher matcher, int article)
    {
        var (newest, precision) = (EventRow.Undated, DatePrecision.Unknown);
        for (int r = s.Articles[article].FirstRow, end = s.RowEnd(article); r < end; r++)
        {
            ref readonly var row = ref s.Rows[r];
            if (row.DayStart > newest && matcher.Matches(row))
            {
                (newest, precision) = (row.DayStart, row.Precision);
            }
        }

        return precision;
    }
}
