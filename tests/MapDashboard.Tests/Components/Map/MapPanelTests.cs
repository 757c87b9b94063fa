using MapDashboard.Components.Map;

namespace MapDashboard.Tests.Components.Map;

/// <summary>The map page's server-rendered panels: filters, list, histogram, player, legend.</summary>
public class MapPanelTests
{
    [Fact]
    public async Task A_facet_is_a_labelled_group_of_checkboxes_with_a_count_slot_each()
    {
        var doc = await ComponentHarness.RenderAsync<FilterFacet>(new Dictionary<string, object?>
        {
            [nameof(FilterFacet.Name)] = "country",
            [nameof(FilterFacet.Legend)] = "Country",
            [nameof(FilterFacet.Options)] = new List<FacetOption> { new("SY", "SY"), new("IQ", "<IQ>", Checked: false) },
        });

        var fieldset = doc.QuerySelector("fieldset[data-facet=country]")!;
        Assert.Equal("Country", fieldset.QuerySelector("legend")!.TextContent);
        var boxes = fieldset.QuerySelectorAll("label > input[type=checkbox][name=country]");
        Assert.Equal(["SY", "IQ"], boxes.Select(b => b.GetAttribute("value")));
        Assert.True(boxes[0].HasAttribute("checked"));
        Assert.False(boxes[1].HasAttribute("checked"));
        Assert.Equal("<IQ>", boxes[1].ParentElement!.QuerySelector(".facet-label")!.TextContent);
        Assert.Equal(2, fieldset.QuerySelectorAll("[data-count-for]").Length);
    }

    [Fact]
    public async Task The_filters_panel_searches_and_shows_events_and_datelines_by_default()
    {
        var doc = await ComponentHarness.RenderAsync<FiltersPanel>(new Dictionary<string, object?>
        {
            [nameof(FiltersPanel.Countries)] = new List<string> { "IQ", "SY" },
            [nameof(FiltersPanel.Sources)] = new List<string> { "TASS", "Reuters" },
        });

        var search = doc.QuerySelector("input[type=search][name=q]")!;
        Assert.Equal("Search reports", doc.QuerySelector($"label[for={search.Id}]")!.TextContent);
        Assert.Equal("search", doc.QuerySelector("form")!.GetAttribute("role"));
        var roles = doc.QuerySelectorAll("[data-facet=role] input");
        Assert.Equal(["event", "dateline"], roles.Where(r => r.HasAttribute("checked")).Select(r => r.GetAttribute("value")));
        Assert.Equal(["actor", "adjectival"], roles.Where(r => !r.HasAttribute("checked")).Select(r => r.GetAttribute("value")));
        Assert.Equal(["IQ", "SY"], doc.QuerySelectorAll("[data-facet=country] input").Select(i => i.GetAttribute("value")));
        Assert.Equal(2, doc.QuerySelectorAll("[data-facet=source] input").Length);
        Assert.NotNull(doc.QuerySelector("[data-facet=level] input[value=admin1]"));
    }

    [Fact]
    public async Task A_single_source_gets_no_source_filter()
    {
        var doc = await ComponentHarness.RenderAsync<FiltersPanel>(new Dictionary<string, object?>
        {
            [nameof(FiltersPanel.Sources)] = new List<string> { "TASS" },
        });

        Assert.Null(doc.QuerySelector("[data-facet=source]"));
        Assert.Null(doc.QuerySelector("[data-facet=country]"));
    }

    [Fact]
    public async Task The_event_list_is_a_titled_live_region_for_the_script_to_fill()
    {
        var doc = await ComponentHarness.RenderAsync<EventList>();

        var section = doc.QuerySelector("section[data-role=event-list]")!;
        Assert.Equal("Reports in view", doc.GetElementById(section.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Equal("polite", section.QuerySelector("[data-role=event-list-summary]")!.GetAttribute("aria-live"));
        Assert.Empty(section.QuerySelectorAll("[data-role=event-list-items] li"));
    }

    [Fact]
    public async Task The_histogram_is_a_described_image_and_the_player_has_labelled_controls()
    {
        var histogram = await ComponentHarness.RenderAsync<TimeHistogram>();
        Assert.Equal("img", histogram.QuerySelector("svg[data-role=histogram-svg]")!.GetAttribute("role"));
        Assert.False(string.IsNullOrEmpty(histogram.QuerySelector("svg")!.GetAttribute("aria-label")));

        var player = await ComponentHarness.RenderAsync<PlayControls>();
        var play = player.QuerySelector("button[data-role=play]")!;
        Assert.Equal("false", play.GetAttribute("aria-pressed"));
        Assert.Equal("Play", play.QuerySelector("[data-role=play-text]")!.TextContent);
        Assert.Equal("30", player.QuerySelector("[data-role=play-window] option[selected]")!.GetAttribute("value"));
        Assert.Equal("1", player.QuerySelector("[data-role=play-speed] option[selected]")!.GetAttribute("value"));
        foreach (var select in player.QuerySelectorAll("select"))
        {
            Assert.Equal("LABEL", select.ParentElement!.TagName);
        }
    }

    [Fact]
    public async Task The_slider_draws_what_it_is_given_above_its_track()
    {
        var doc = await ComponentHarness.RenderAsync<DateRangeSlider>(new Dictionary<string, object?>
        {
            [nameof(DateRangeSlider.Min)] = new DateOnly(2017, 1, 12),
            [nameof(DateRangeSlider.Max)] = new DateOnly(2017, 3, 17),
            [nameof(DateRangeSlider.Above)] = (Microsoft.AspNetCore.Components.RenderFragment)(b =>
            {
                b.OpenComponent<TimeHistogram>(0);
                b.CloseComponent();
            }),
        });

        var body = doc.QuerySelector(".range-body")!;
        Assert.Equal("histogram", body.Children[0].GetAttribute("data-role"));
        Assert.Equal("track", body.Children[1].GetAttribute("data-role"));
    }

    [Fact]
    public async Task The_legend_explains_shapes_roles_and_clusters()
    {
        var doc = await ComponentHarness.RenderAsync<MapLegend>();

        var text = doc.QuerySelector(".map-legend")!.TextContent;
        Assert.Contains("Whole country", text, StringComparison.Ordinal);
        Assert.Contains("Dateline", text, StringComparison.Ordinal);
        Assert.Contains("Several places", text, StringComparison.Ordinal);
    }
}
