using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// The time axis under the map: the corpus's first to last day, and the bar width that keeps the histogram
/// readable (about 30 to 200 bars: a day up to four months, a week up to three years, then a month).
/// </summary>
public sealed record TimeAxis(DateOnly First, DateOnly Last)
{
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
