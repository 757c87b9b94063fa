using Bunit;
using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Queries;

namespace MapDashboard.Tests.Components.Dashboard;

public class TimeHistogramTests : BunitContext
{
    private static readonly TimeAxis March = new(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 31));

    private static readonly TimeBucket[] MarchBars =
    [
        new(new DateOnly(2017, 3, 2), Reports: 4, Events: 9),
        new(new DateOnly(2017, 3, 10), Reports: 1, Events: 1),
        new(new DateOnly(2017, 3, 20), Reports: 2, Events: 3),
    ];

    private IRenderedComponent<TimeHistogram> RenderHistogram(TimeAxis axis, IReadOnlyList<TimeBucket> bars, DateOnly? from = null, DateOnly? to = null) =>
        Render<TimeHistogram>(p => p.Add(h => h.Axis, axis).Add(h => h.Buckets, bars).Add(h => h.From, from).Add(h => h.To, to));

    [Fact]
    public void One_bar_per_bucket_with_its_reports_said_in_words()
    {
        var cut = RenderHistogram(March, MarchBars);

        var bars = cut.FindAll("rect.histogram-bar");
        Assert.Equal(["2017-03-02", "2017-03-10", "2017-03-20"], bars.Select(b => b.GetAttribute("data-start")));
        Assert.Equal(["4", "1", "2"], bars.Select(b => b.GetAttribute("data-reports")));
        Assert.Equal(["2 March 2017: 4 reports", "10 March 2017: 1 report", "20 March 2017: 2 reports"],
            bars.Select(b => b.QuerySelector("title")!.TextContent));
        Assert.Equal("0 0 31 100", cut.Find("svg").GetAttribute("viewBox"));
    }

    [Fact]
    public void The_busiest_bar_is_full_height_and_the_others_in_proportion()
    {
        var cut = RenderHistogram(March, MarchBars);

        Assert.Equal(["100", "25", "50"], cut.FindAll("rect.histogram-bar").Select(b => b.GetAttribute("height")));
        Assert.Equal("0", cut.Find("rect.histogram-bar").GetAttribute("y"));
    }

    [Fact]
    public void Only_the_bars_inside_the_range_are_selected()
    {
        var cut = RenderHistogram(March, MarchBars, new DateOnly(2017, 3, 5), new DateOnly(2017, 3, 15));

        Assert.Equal(["2017-03-10"], cut.FindAll("rect.is-selected").Select(b => b.GetAttribute("data-start")));
    }

    [Fact]
    public void A_new_range_marks_its_bars_and_the_same_inputs_keep_the_drawing()
    {
        var cut = RenderHistogram(March, MarchBars, new DateOnly(2017, 3, 5), new DateOnly(2017, 3, 15));

        cut.Render(p => p.Add(h => h.From, new DateOnly(2017, 3, 8)).Add(h => h.To, new DateOnly(2017, 3, 31)));
        Assert.Equal(["2017-03-10", "2017-03-20"], cut.FindAll("rect.is-selected").Select(b => b.GetAttribute("data-start")));

        var renders = cut.RenderCount;
        cut.Render(p => p.Add(h => h.From, new DateOnly(2017, 3, 8)));
        Assert.Equal(renders, cut.RenderCount);
        Assert.Equal(["2017-03-10", "2017-03-20"], cut.FindAll("rect.is-selected").Select(b => b.GetAttribute("data-start")));
    }

    [Fact]
    public void Without_a_range_every_bar_is_selected()
    {
        var cut = RenderHistogram(March, MarchBars);

        Assert.Equal(3, cut.FindAll("rect.is-selected").Count);
    }

    [Fact]
    public void A_range_ending_inside_a_week_selects_that_week()
    {
        var year = new TimeAxis(new DateOnly(2017, 1, 2), new DateOnly(2017, 12, 31));
        TimeBucket[] weeks = [new(new DateOnly(2017, 1, 2), 1, 1), new(new DateOnly(2017, 1, 9), 1, 1), new(new DateOnly(2017, 1, 16), 1, 1)];

        var cut = RenderHistogram(year, weeks, new DateOnly(2017, 1, 12), new DateOnly(2017, 1, 12));

        Assert.Equal(["2017-01-09"], cut.FindAll("rect.is-selected").Select(b => b.GetAttribute("data-start")));
    }

    [Theory]
    [InlineData(31, "per day", "2 March 2017: 4 reports")]
    [InlineData(365, "per week", "week of 2 March 2017: 4 reports")]
    [InlineData(5 * 365, "per month", "March 2017: 4 reports")]
    public void The_caption_and_titles_name_the_bar_width(int days, string caption, string firstTitle)
    {
        var axis = new TimeAxis(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 1).AddDays(days - 1));

        var cut = RenderHistogram(axis, MarchBars);

        Assert.Equal(caption, cut.Find("[data-role=histogram-bin]").TextContent);
        Assert.Contains(caption, cut.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(firstTitle, cut.Find("rect title").TextContent);
    }

    [Fact]
    public void No_reports_draws_no_bars_but_keeps_the_caption()
    {
        var cut = RenderHistogram(March, []);

        Assert.Empty(cut.FindAll("rect"));
        Assert.Equal("per day", cut.Find("[data-role=histogram-bin]").TextContent);
    }
}
