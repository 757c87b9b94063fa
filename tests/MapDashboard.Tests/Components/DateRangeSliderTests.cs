using MapDashboard.Components.Map;

namespace MapDashboard.Tests.Components;

public class DateRangeSliderTests
{
    private static readonly DateOnly First = new(2017, 1, 12);
    private static readonly DateOnly Last = new(2017, 3, 17);

    /// <summary>Days since 1970-01-01, the unit the slider shares with dates.js.</summary>
    private static string Day(DateOnly d) => (d.DayNumber - new DateOnly(1970, 1, 1).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Both_handles_are_accessible_sliders_bounded_by_each_other()
    {
        var doc = await ComponentHarness.RenderAsync<DateRangeSlider>(new Dictionary<string, object?>
        {
            [nameof(DateRangeSlider.Min)] = First,
            [nameof(DateRangeSlider.Max)] = Last,
            [nameof(DateRangeSlider.From)] = new DateOnly(2017, 2, 1),
        });

        var from = doc.QuerySelector("[data-thumb=from]")!;
        var to = doc.QuerySelector("[data-thumb=to]")!;
        Assert.Equal("slider", from.GetAttribute("role"));
        Assert.Equal("0", from.GetAttribute("tabindex"));
        Assert.Equal(Day(First), from.GetAttribute("aria-valuemin"));
        Assert.Equal(Day(Last), from.GetAttribute("aria-valuemax"));
        Assert.Equal(Day(new DateOnly(2017, 2, 1)), from.GetAttribute("aria-valuenow"));
        Assert.Equal("1 February 2017", from.GetAttribute("aria-valuetext"));
        Assert.Equal(Day(new DateOnly(2017, 2, 1)), to.GetAttribute("aria-valuemin"));
        Assert.Equal("17 March 2017", to.GetAttribute("aria-valuetext"));
        Assert.Equal("1 Feb 2017", doc.QuerySelector("[data-role=from-label]")!.TextContent);
        Assert.Equal("17 Mar 2017", doc.QuerySelector("[data-role=to-label]")!.TextContent);
        Assert.Equal("2017-01-12", doc.QuerySelector("[data-role=date-range]")!.GetAttribute("data-min"));
    }

    [Fact]
    public async Task Out_of_range_or_crossed_values_are_clamped()
    {
        var doc = await ComponentHarness.RenderAsync<DateRangeSlider>(new Dictionary<string, object?>
        {
            [nameof(DateRangeSlider.Min)] = First,
            [nameof(DateRangeSlider.Max)] = Last,
            [nameof(DateRangeSlider.From)] = new DateOnly(2016, 1, 1),
            [nameof(DateRangeSlider.To)] = new DateOnly(2010, 1, 1),
        });

        Assert.Equal("12 January 2017", doc.QuerySelector("[data-thumb=from]")!.GetAttribute("aria-valuetext"));
        Assert.Equal("12 January 2017", doc.QuerySelector("[data-thumb=to]")!.GetAttribute("aria-valuetext"));
    }

    [Theory]
    [InlineData("35.95283", "39.00788", "10", "172955", true)]
    [InlineData("35.9", "39.0", null, null, true)]
    [InlineData("north", "39", "10", null, false)]
    [InlineData("95", "39", "10", null, false)]
    [InlineData("35", "200", "10", null, false)]
    public void The_requested_view_is_parsed_or_ignored(string lat, string lon, string? zoom, string? place, bool valid)
    {
        var view = MapViewRequest.Parse(lat, lon, zoom, place);

        Assert.Equal(valid, view is not null);
        if (view is not null)
        {
            Assert.Equal(zoom is null ? MapViewRequest.DefaultZoom : int.Parse(zoom, System.Globalization.CultureInfo.InvariantCulture), view.Zoom);
            Assert.Equal(place is null ? null : long.Parse(place, System.Globalization.CultureInfo.InvariantCulture), view.PlaceId);
        }
    }
}
