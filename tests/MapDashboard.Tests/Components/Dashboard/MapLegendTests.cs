using AngleSharp.Dom;
using Bunit;
using MapDashboard.Components.Dashboard;

namespace MapDashboard.Tests.Components.Dashboard;

public class MapLegendTests : BunitContext
{
    [Fact]
    public void Names_each_marker_shape_and_role_colour()
    {
        var cut = Render<MapLegend>();

        Assert.Equal("Legend", cut.Find("aside").GetAttribute("aria-label"));
        // Folded at first: open, it covered markers in the map's corner.
        Assert.False(cut.Find("details").HasAttribute("open"));
        Assert.Equal(
            ["City, town or site", "District", "Province, region or continent", "Country, darker with more reports (1, 2–4, 5–19, 20+)", "Uncertain placement (confidence under 0.5)", "Several places: click to zoom", "Event", "Dateline", "Actor or adjective"],
            cut.FindAll("li").Select(li => string.Concat(li.ChildNodes.Where(n => n is not IElement).Select(n => n.TextContent)).Trim()));
        Assert.Equal(["role-event", "role-dateline", "role-actor"],
            cut.FindAll(".legend-swatch").Select(s => s.ClassList.Single(c => c.StartsWith("role-", StringComparison.Ordinal))));
        Assert.All(cut.FindAll(".legend-symbol, .legend-swatch"), s => Assert.Equal("true", s.GetAttribute("aria-hidden")));
    }
}
