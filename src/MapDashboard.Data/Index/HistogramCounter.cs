using MapDashboard.Data.Queries;

namespace MapDashboard.Data.Index;

/// <summary>
/// Counts the dated events of a filter's <see cref="RowSet"/> per time bucket, each in the bucket of its first day. A day-to-bucket table over
/// the days events actually start on turns each row into one array read; reports are distinct per bucket.
/// </summary>
internal static class HistogramCounter
{
    /// <summary>Beyond this many days (~270 years of axis) the table would cost more than computing each bucket.</summary>
    private const int MaxTableDays = 100_000;

    public static List<TimeBucket> Count(EventIndexSnapshot s, RowSet set, DateOnly from, DateOnly to, TimeBucketSize size)
    {
        var stats = s.Statistics;
        var lo = Math.Max(from.DayNumber, stats.FirstDay);
        var hi = Math.Min(to.DayNumber, stats.LastStartDay);
        if (lo > hi)
        {
            return [];
        }

        var starts = new List<int>();
        var bucketOfDay = new Dictionary<int, int>();
        int[]? table = hi - lo < MaxTableDays ? new int[hi - lo + 1] : null;
        if (table is not null)
        {
            for (var d = lo; d <= hi; d++)
            {
                table[d - lo] = BucketIndex(d);
            }
        }

        var events = new List<int>();
        var reports = new List<int>();
        var lastArticle = new List<int>();
        var (rowDay, rowArticle) = (s.Layout.RowDay, s.Layout.RowArticle);
        foreach (var r in set)
        {
            var (day, article) = (rowDay[r], rowArticle[r]);
            if (day < lo || day > hi)
            {
                continue;
            }

            var b = table?[day - lo] ?? BucketIndex(day);
            while (events.Count <= b)
            {
                events.Add(0);
                reports.Add(0);
                lastArticle.Add(-1);
            }

            events[b]++;
            if (lastArticle[b] != article)
            {
                lastArticle[b] = article;
                reports[b]++;
            }
        }

        return [.. Enumerable.Range(0, events.Count).Where(b => events[b] > 0)
            .Select(b => new TimeBucket(DateOnly.FromDayNumber(starts[b]), reports[b], events[b]))
            .OrderBy(t => t.Start)];

        int BucketIndex(int day)
        {
            var start = StartOf(day, size);
            if (!bucketOfDay.TryGetValue(start, out var index))
            {
                index = starts.Count;
                starts.Add(start);
                bucketOfDay.Add(start, index);
            }

            return index;
        }
    }

    /// <summary>The day number of the first day of the bucket holding <paramref name="day"/>.</summary>
    public static int StartOf(int day, TimeBucketSize size)
    {
        switch (size)
        {
            case TimeBucketSize.Day:
                return day;
            case TimeBucketSize.Week:
                // Day number 0 (1 January 0001) is a Monday: ISO weeks start every seventh day from it.
                return day - day % 7;
            default:
                var date = DateOnly.FromDayNumber(day);
                return new DateOnly(date.Year, size == TimeBucketSize.Month ? date.Month : 1, 1).DayNumber;
        }
    }
}
