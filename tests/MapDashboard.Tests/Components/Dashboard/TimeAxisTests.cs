using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Queries;

namespace MapDashboard.Tests.Components.Dashboard;

public class TimeAxisTests
{
    private static readonly DateOnly First = new(2017, 1, 1);

    [Theory]
    [InlineData(124, TimeBucketSize.Day, "per day")]
    [InlineData(125, TimeBucketSize.Week, "per week")]
    [InlineData(3 * 366, TimeBucketSize.Week, "per week")]
    [InlineData(3 * 366 + 1, TimeBucketSize.Month, "per month")]
    [InlineData(20 * 366 + 1, TimeBucketSize.Year, "per year")]
    public void The_bar_width_follows_the_span(int days, TimeBucketSize size, string caption)
    {
        var axis = new TimeAxis(First, First.AddDays(days - 1));

        Assert.Equal(days, axis.Days);
        Assert.Equal(size, axis.BucketSize);
        Assert.Equal(caption, axis.BucketText);
    }

    [Fact]
    public void A_bucket_clipped_at_the_axis_ends_covers_only_its_days_on_the_axis()
    {
        // A week axis starting on a Sunday: the week of Monday 26 December 2016 shows one day.
        var axis = new TimeAxis(First, new DateOnly(2017, 12, 31));

        Assert.Equal((0, 1), axis.Span(new DateOnly(2016, 12, 26)));
        Assert.Equal((1, 7), axis.Span(new DateOnly(2017, 1, 2)));
        Assert.Equal(new DateOnly(2017, 1, 8), axis.BucketEnd(new DateOnly(2017, 1, 2)));
    }

    [Fact]
    public void A_month_bucket_ends_on_the_months_last_day()
    {
        var axis = new TimeAxis(First, new DateOnly(2022, 12, 31));

        Assert.Equal(new DateOnly(2020, 2, 29), axis.BucketEnd(new DateOnly(2020, 2, 1)));
    }
}
