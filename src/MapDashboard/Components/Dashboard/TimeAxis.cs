using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// The time axis under the map: the corpus's first to last day, and the bar width that keeps the histogram
/// readable (about 30 to 200 bars: a day up to four months, a week up to three years, then a month).
/// </summary>
public sealed record TimeAxis(DateOnly First, DateOnly Last)
{
    /// <summary>The fewest days a zoomed axis shows: a week, so a one-day range still has room either side.</summary>
    public const int MinZoomDays = 7;

    /// <summary>
    /// The axis zoomed to a range: the range with a quarter of its length either side (at least
    /// <see cref="MinZoomDays"/> in all), inside this axis. A 3-day window on a ten-year axis was a sliver with
    /// both handles on top of each other.
    /// </summary>
    public TimeAxis ZoomTo(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var pad = Math.Max(days / 4, (MinZoomDays - days + 1) / 2);
        var first = Math.Max(First.DayNumber, from.DayNumber - pad);
        var last = Math.Min(Last.DayNumber, to.DayNumber + pad);
        return new TimeAxis(DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last));
    }

    /// <summary>This axis narrowed to [<paramref name="from"/>, <paramref name="to"/>] where they fall inside it (an address's zoom).</summary>
    public TimeAxis Within(DateOnly? from, DateOnly? to)
    {
        var first = from is { } f && f > First && f < Last ? f : First;
        var last = to is { } t && t < Last && t > first ? t : Last;
        return new TimeAxis(first, last);
    }

    /// <summary>Whether <paramref name="other"/> shows less than this axis.</summary>
    public bool IsNarrowerThan(TimeAxis other) => First > other.First || Last < other.Last;

    /// <summary>Days on the axis, both ends included.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public TimeBucketSize BucketSize => Days switch
    {
        <= 124 => TimeBucketSize.Day,
        <= 3 * 366 => TimeBucketSize.Week,
        <= 20 * 366 => TimeBucketSize.Month,
        _ => TimeBucketSize.Year,
    };

    /// <summary>"per day", as the histogram's caption says it.</summary>
    public string BucketText => BucketSize switch
    {
        TimeBucketSize.Day => "per day",
        TimeBucketSize.Week => "per week",
        TimeBucketSize.Month => "per month",
        _ => "per year",
    };

    /// <summary>The last day of the bucket starting on <paramref name="start"/>.</summary>
    public DateOnly BucketEnd(DateOnly start) => BucketSize switch
    {
        TimeBucketSize.Day => start,
        TimeBucketSize.Week => start.AddDays(6),
        TimeBucketSize.Month => start.AddMonths(1).AddDays(-1),
        _ => start.AddYears(1).AddDays(-1),
    };

    /// <summary>Where a day's left edge sits, in days from the axis's first day (the SVG's unit).</summary>
    public double Offset(DateOnly day) => day.DayNumber - First.DayNumber;

    /// <summary>The days a bucket covers on the axis, clipped to it: (left offset, width).</summary>
    public (double X, double Width) Span(DateOnly bucketStart)
    {
        var start = bucketStart < First ? First : bucketStart;
        var end = BucketEnd(bucketStart) > Last ? Last : BucketEnd(bucketStart);
        return (Offset(start), end.DayNumber - start.DayNumber + 1);
    }
}
