using Bunit;
using MapDashboard.Components.Dashboard;

namespace MapDashboard.Tests.Components.Dashboard;

public class FacetCheckboxesTests : BunitContext
{
    private static readonly (string, string)[] Countries = [("SY", "Syria"), ("IQ", "Iraq"), ("TR", "Turkey")];

    private readonly List<(string Value, bool Checked)> toggled = [];

    private IRenderedComponent<FacetCheckboxes> RenderFacet(IReadOnlyDictionary<string, int>? counts, Func<string, bool>? isChecked = null,
        IReadOnlyList<(string, string)>? options = null) =>
        Render<FacetCheckboxes>(p => p
            .Add(f => f.Name, "country")
            .Add(f => f.Legend, "Country")
            .Add(f => f.Options, options ?? Countries)
            .Add(f => f.IsChecked, isChecked ?? (v => v != "TR"))
            .Add(f => f.Counts, counts)
            .Add(f => f.Toggled, t => toggled.Add(t)));

    [Fact]
    public void One_box_per_option_with_its_label_and_whether_it_is_ticked()
    {
        var cut = RenderFacet(counts: null);

        Assert.Equal("Country", cut.Find("legend").TextContent);
        var boxes = cut.FindAll("input[type=checkbox]");
        Assert.Equal(["SY", "IQ", "TR"], boxes.Select(b => b.GetAttribute("value")));
        Assert.All(boxes, b => Assert.Equal("country", b.GetAttribute("name")));
        Assert.Equal(["Syria", "Iraq", "Turkey"], cut.FindAll(".facet-label").Select(l => l.TextContent));
        Assert.Equal([true, true, false], boxes.Select(b => b.HasAttribute("checked")));
    }

    [Fact]
    public void Each_box_shows_its_count_and_a_value_not_counted_is_left_out()
    {
        var cut = RenderFacet(new Dictionary<string, int> { ["SY"] = 1234, ["IQ"] = 7 });

        Assert.Equal(["1,234", "7"], cut.FindAll(".facet-count").Select(c => c.TextContent));
        Assert.Equal("1,234", cut.Find("[data-count-for=SY]").TextContent);
        Assert.Empty(cut.FindAll("input[value=TR]"));
    }

    [Fact]
    public void A_value_the_user_chose_shows_at_zero_so_it_can_be_unticked()
    {
        var cut = Render<FacetCheckboxes>(p => p
            .Add(f => f.Name, "country").Add(f => f.Legend, "Country").Add(f => f.Options, Countries)
            .Add(f => f.IsChecked, v => v == "TR").Add(f => f.IsChosen, v => v == "TR")
            .Add(f => f.Counts, new Dictionary<string, int> { ["SY"] = 3 }));

        Assert.Equal(["SY", "TR"], cut.FindAll("input").Select(b => b.GetAttribute("value")));
        Assert.Equal("0", cut.Find("[data-count-for=TR]").TextContent);
    }

    [Fact]
    public void A_facet_with_nothing_to_count_says_so()
    {
        var cut = RenderFacet(new Dictionary<string, int>());

        Assert.Empty(cut.FindAll("input"));
        Assert.Equal("None in this selection.", cut.Find("[data-role=facet-none]").TextContent);
    }

    [Fact]
    public void While_the_counts_load_no_number_is_shown()
    {
        var cut = RenderFacet(counts: null);

        Assert.All(cut.FindAll(".facet-count"), c => Assert.Equal("", c.TextContent));
    }

    [Fact]
    public void Unticking_and_ticking_a_box_raise_its_value_and_state()
    {
        var cut = RenderFacet(counts: null);

        cut.Find("input[value=SY]").Change(false);
        cut.Find("input[value=TR]").Change(true);

        Assert.Equal([("SY", false), ("TR", true)], toggled);
    }

    [Fact]
    public void A_box_hidden_at_zero_leaves_the_others_with_their_own_value_count_state_and_handler()
    {
        var cut = RenderFacet(new Dictionary<string, int> { ["SY"] = 5, ["IQ"] = 7, ["TR"] = 2 });

        // A slider step: Syria drops to 0 and leaves the list; the boxes after it move up (keyed by value).
        cut.Render(p => p.Add(f => f.Counts, new Dictionary<string, int> { ["IQ"] = 8, ["TR"] = 3 }));

        var boxes = cut.FindAll("input[type=checkbox]");
        Assert.Equal(["IQ", "TR"], boxes.Select(b => b.GetAttribute("value")));
        Assert.Equal(["Iraq", "Turkey"], cut.FindAll(".facet-label").Select(l => l.TextContent));
        Assert.Equal(["8", "3"], cut.FindAll(".facet-count").Select(c => c.TextContent));
        Assert.Equal([true, false], boxes.Select(b => b.HasAttribute("checked")));
        cut.Find("input[value=IQ]").Change(false);
        Assert.Equal([("IQ", false)], toggled);
    }

    [Fact]
    public void A_long_list_scrolls()
    {
        var many = Enumerable.Range(0, 9).Select(i => ($"C{i}", $"Country {i}")).ToList();

        Assert.Empty(RenderFacet(null, options: Countries).FindAll(".facet-scroll"));
        Assert.Single(RenderFacet(null, options: many).FindAll("ul.facet-scroll"));
    }
}
