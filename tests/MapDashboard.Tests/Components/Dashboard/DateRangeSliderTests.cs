using Bunit;
using MapDashboard.Components.Dashboard;
using MapDashboard.Components.Shared;
using Microsoft.JSInterop;

namespace MapDashboard.Tests.Components.Dashboard;

/// <summary>The slider's markup, and its talk with DateRangeSlider.razor.js through bunit's strict JS interop.</summary>
public class DateRangeSliderTests : BunitContext
{
    private const string ModulePath = "./Components/Dashboard/DateRangeSlider.razor.js";

    private static readonly DateOnly Min = new(2017, 3, 1);
    private static readonly DateOnly Max = new(2017, 3, 31);

    private readonly BunitJSModuleInterop module;
    private readonly BunitJSModuleInterop slider;
    private readonly List<(DateOnly From, DateOnly To)> ranges = [];

    public DateRangeSliderTests()
    {
        module = JSInterop.SetupModule(ModulePath);
        slider = module.SetupModule("attach", _ => true);
    }

    private IRenderedComponent<DateRangeSlider> RenderSlider(DateOnly? from = null, DateOnly? to = null) =>
        Render<DateRangeSlider>(p => p
            .Add(s => s.Min, Min)
            .Add(s => s.Max, Max)
            .Add(s => s.From, from)
            .Add(s => s.To, to)
            .Add(s => s.RangeChanged, r => ranges.Add(r)));

    [Fact]
    public void Without_a_range_the_handles_sit_at_the_axis_ends()
    {
        var cut = RenderSlider();

        Assert.Equal("2017-03-01", cut.Find("[data-role=date-range]").GetAttribute("data-min"));
        Assert.Equal("2017-03-31", cut.Find("[data-role=date-range]").GetAttribute("data-max"));
        Assert.Equal("1 Mar 2017", cut.Find("[data-role=from-label]").TextContent);
        Assert.Equal("31 Mar 2017", cut.Find("[data-role=to-label]").TextContent);
        Assert.Equal("left: 0%", cut.Find("[data-thumb=from]").GetAttribute("style"));
        Assert.Equal("left: 100%", cut.Find("[data-thumb=to]").GetAttribute("style"));
    }

    [Fact]
    public void A_range_places_the_handles_and_tells_screen_readers_the_dates()
    {
        var cut = RenderSlider(new DateOnly(2017, 3, 4), new DateOnly(2017, 3, 16));

        var from = cut.Find("[data-thumb=from]");
        var to = cut.Find("[data-thumb=to]");
        Assert.Equal("4 March 2017", from.GetAttribute("aria-valuetext"));
        Assert.Equal("16 March 2017", to.GetAttribute("aria-valuetext"));
        Assert.Equal(DateText.UnixDay(new DateOnly(2017, 3, 4)).ToString(System.Globalization.CultureInfo.InvariantCulture), from.GetAttribute("aria-valuenow"));
        // Each handle stops at the other: the from handle's maximum is the to handle's day.
        Assert.Equal(to.GetAttribute("aria-valuenow"), from.GetAttribute("aria-valuemax"));
        Assert.Equal("left: 10%", from.GetAttribute("style"));
        Assert.Equal("left: 50%", to.GetAttribute("style"));
        Assert.Equal("left: 10%; right: 50%", cut.Find("[data-role=fill]").GetAttribute("style"));
    }

    [Fact]
    public void A_range_outside_the_axis_is_clamped_to_it()
    {
        var cut = RenderSlider(new DateOnly(2016, 1, 1), new DateOnly(2018, 1, 1));

        Assert.Equal("1 Mar 2017", cut.Find("[data-role=from-label]").TextContent);
        Assert.Equal("31 Mar 2017", cut.Find("[data-role=to-label]").TextContent);
    }

    [Fact]
    public void The_script_module_is_imported_and_attached_to_the_slider_with_a_way_back()
    {
        var cut = RenderSlider();

        var attach = module.VerifyInvoke("attach");
        Assert.Equal(cut.Find("[data-role=date-range]").GetAttribute("blazor:elementReference"),
            ((Microsoft.AspNetCore.Components.ElementReference)attach.Arguments[0]!).Id);
        Assert.IsType<DotNetObjectReference<DateRangeSlider>>(attach.Arguments[1]);
    }

    [Fact]
    public async Task The_settled_range_from_the_script_reaches_the_page_as_days()
    {
        RenderSlider();
        var self = (DotNetObjectReference<DateRangeSlider>)module.VerifyInvoke("attach").Arguments[1]!;

        await self.Value.OnRangeChanged(DateText.UnixDay(new DateOnly(2017, 3, 5)), DateText.UnixDay(new DateOnly(2017, 3, 9)));

        Assert.Equal([(new DateOnly(2017, 3, 5), new DateOnly(2017, 3, 9))], ranges);
    }

    [Fact]
    public async Task Moving_the_range_from_the_server_tells_the_script_the_days()
    {
        var cut = RenderSlider();
        var setRange = slider.SetupVoid("setRange", DateText.UnixDay(new DateOnly(2017, 3, 8)), DateText.UnixDay(new DateOnly(2017, 3, 14)));
        setRange.SetVoidResult();

        await cut.InvokeAsync(() => cut.Instance.SetRangeAsync(new DateOnly(2017, 3, 8), new DateOnly(2017, 3, 14)).AsTask());

        setRange.VerifyInvoke("setRange");
        Assert.Empty(ranges);
    }

    [Fact]
    public void New_parameters_after_the_first_render_leave_the_handles_to_the_script()
    {
        // Re-rendering the handles mid-drag would pull them back to where the server last heard of them.
        var cut = RenderSlider(new DateOnly(2017, 3, 4), new DateOnly(2017, 3, 16));

        cut.Render(p => p.Add(s => s.From, new DateOnly(2017, 3, 20)).Add(s => s.To, new DateOnly(2017, 3, 25)));

        Assert.Equal("4 March 2017", cut.Find("[data-thumb=from]").GetAttribute("aria-valuetext"));
    }
}
