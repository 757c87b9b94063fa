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

    [Fact]
    public void Zooming_to_a_three_day_range_on_ten_years_shows_it_by_day_with_room_either_side()
    {
        var decade = new TimeAxis(new DateOnly(2012, 1, 1), new DateOnly(2022, 12, 31));

        var zoomed = decade.ZoomTo(new DateOnly(2017, 3, 15), new DateOnly(2017, 3, 17));

        Assert.True(zoomed.First < new DateOnly(2017, 3, 15) && zoomed.Last > new DateOnly(2017, 3, 17));
        Assert.True(zoomed.Days >= TimeAxis.MinZoomDays, $"{zoomed.Days} days");
        Assert.Equal(TimeBucketSize.Day, zoomed.BucketSize);
        Assert.Equal(TimeBucketSize.Month, decade.BucketSize);
        Assert.True(zoomed.IsNarrowerThan(decade));
        Assert.False(decade.IsNarrowerThan(decade));
    }

    [Fact]
    public void A_zoom_never_leaves_the_corpus_and_an_addresss_zoom_outside_it_is_ignored()
    {
        var march = new TimeAxis(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 31));

        Assert.Equal(march.First, march.ZoomTo(march.First, new DateOnly(2017, 3, 2)).First);
        Assert.Equal(new TimeAxis(new DateOnly(2017, 3, 10), new DateOnly(2017, 3, 20)), march.Within(new DateOnly(2017, 3, 10), new DateOnly(2017, 3, 20)));
        Assert.Equal(march, march.Within(new DateOnly(2016, 1, 1), new DateOnly(2018, 1, 1)));
        Assert.Equal(march, march.Within(null, null));
    }
}
