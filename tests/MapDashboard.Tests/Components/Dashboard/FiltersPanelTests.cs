using Bunit;
using MapDashboard.Components.Dashboard;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components.Dashboard;

public class FiltersPanelTests : BunitContext
{
    private static readonly string[] CorpusCountries = ["IQ", "SY"];
    private static readonly string[] CorpusSources = ["", "TASS"];

    private readonly List<DashboardState> changed = [];
    private readonly List<string> typed = [];

    private IRenderedComponent<FiltersPanel> RenderPanel(DashboardState state, FacetCounts? facets = null,
        IReadOnlyList<string>? countries = null, IReadOnlyList<string>? sources = null) =>
        Render<FiltersPanel>(p => p
            .Add(f => f.State, state)
            .Add(f => f.Countries, countries ?? CorpusCountries)
            .Add(f => f.Sources, sources ?? CorpusSources)
            .Add(f => f.Facets, facets)
            .Add(f => f.Changed, changed.Add)
            .Add(f => f.QueryTyped, typed.Add));

    private static IEnumerable<string> Ticked(IRenderedComponent<FiltersPanel> cut, string facet) =>
        cut.FindAll($"[data-facet={facet}] input:checked").Select(b => b.GetAttribute("value")!);

    [Fact]
    public void A_fresh_page_ticks_events_datelines_and_every_level_country_and_source()
    {
        var cut = RenderPanel(new DashboardState());

        Assert.Equal(["event", "dateline"], Ticked(cut, "role"));
        Assert.Equal(["country", "admin1", "admin2", "city", "locality", "feature"], Ticked(cut, "level"));
        Assert.Equal(["IQ", "SY"], Ticked(cut, "country"));
        Assert.Equal(["Iraq", "Syria"], cut.FindAll("[data-facet=country] .facet-label").Select(l => l.TextContent));
        Assert.Equal(["TASS", "Unknown source"], cut.FindAll("[data-facet=source] .facet-label").Select(l => l.TextContent));
    }

    [Fact]
    public void Values_no_report_has_are_left_out_unless_the_user_chose_them()
    {
        // Austria and France are in the corpus but no report in this range with these filters has them.
        var facets = new FacetCounts(
            Roles: new Dictionary<string, int> { ["event"] = 5 },
            Levels: new Dictionary<string, int> { ["city"] = 5, ["country"] = 2 },
            Countries: new Dictionary<string, int> { ["SY"] = 4, ["IQ"] = 1, ["AT"] = 0 },
            Sources: new Dictionary<string, int> { [""] = 3, ["TASS"] = 2 });
        var cut = RenderPanel(new DashboardState(), facets, countries: ["AT", "FR", "IQ", "SY"]);

        Assert.Equal(["Iraq 1", "Syria 4"], cut.FindAll("[data-facet=country] .facet-option").Select(l => Squeezed(l.TextContent)));
        Assert.Equal(["Country", "City"], cut.FindAll("[data-facet=level] .facet-label").Select(l => l.TextContent));
        Assert.Equal(["Event", "Dateline"], cut.FindAll("[data-facet=role] .facet-label").Select(l => l.TextContent)); // ticked, so listed
        Assert.Equal(["TASS", "Unknown source"], cut.FindAll("[data-facet=source] .facet-label").Select(l => l.TextContent));

        // Chosen in the address: listed at 0, so it can be unticked; a ticked role always shows.
        var chosen = RenderPanel(new DashboardState { Countries = new HashSet<string>(["FR", "SY"], StringComparer.Ordinal) }, facets,
            countries: ["AT", "FR", "IQ", "SY"]);
        Assert.Equal(["France", "Iraq", "Syria"], chosen.FindAll("[data-facet=country] .facet-label").Select(l => l.TextContent));
        Assert.Equal(["FR", "SY"], Ticked(chosen, "country"));
        Assert.Equal(["event", "dateline"], Ticked(chosen, "role"));

        // While the counts load, every value shows.
        Assert.Equal(4, RenderPanel(new DashboardState(), null, countries: ["AT", "FR", "IQ", "SY"]).FindAll("[data-facet=country] input").Count);
    }

    [Fact]
    public void The_placeholder_names_the_search_syntax() =>
        Assert.Equal("Words; OR, NOT, \"a phrase\"", RenderPanel(new DashboardState()).Find("[data-role=search]").GetAttribute("placeholder"));

    private static string Squeezed(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Typing_in_the_search_raises_the_text_as_typed()
    {
        var cut = RenderPanel(new DashboardState());

        cut.Find("[data-role=search]").Input("raqqa airstrike");

        Assert.Equal(["raqqa airstrike"], typed);
        Assert.Empty(changed);
    }

    [Fact]
    public void The_search_box_shows_the_states_search_and_its_problem()
    {
        var cut = RenderPanel(new DashboardState { Query = "***" });

        Assert.Equal("***", cut.Find("[data-role=search]").GetAttribute("value"));
        Assert.NotEmpty(cut.Find("[data-role=filter-problem]").TextContent);
        Assert.Empty(RenderPanel(new DashboardState { Query = "Raqqa" }).FindAll("[data-role=filter-problem]"));
    }

    [Fact]
    public void Ticking_a_role_adds_it_to_the_state()
    {
        var cut = RenderPanel(new DashboardState());

        cut.Find("[data-facet=role] input[value=actor]").Change(true);

        var next = Assert.Single(changed);
        Assert.Equal([MentionRole.Event, MentionRole.Dateline, MentionRole.Actor], next.Roles.Order());
    }

    [Fact]
    public void Unticking_one_of_all_levels_keeps_the_others()
    {
        var cut = RenderPanel(new DashboardState());

        cut.Find("[data-facet=level] input[value=city]").Change(false);

        var next = Assert.Single(changed);
        Assert.Equal(Enum.GetValues<PlaceLevel>().Where(l => l != PlaceLevel.City), next.Levels.Order());
    }

    [Fact]
    public void Ticking_the_last_country_back_means_all_again()
    {
        var cut = RenderPanel(new DashboardState { Countries = new HashSet<string>(["SY"], StringComparer.Ordinal) });
        Assert.Equal(["SY"], Ticked(cut, "country"));

        cut.Find("[data-facet=country] input[value=IQ]").Change(true);

        Assert.Empty(Assert.Single(changed).Countries);
    }

    [Fact]
    public void Unticking_the_articles_without_source_keeps_the_named_ones()
    {
        var cut = RenderPanel(new DashboardState());

        // "Unknown source" is a box like the others (value "", source=(none) in the address).
        cut.Find("[data-facet=source] input[value='']").Change(false);

        Assert.Equal(["TASS"], Assert.Single(changed).Sources);
    }

    [Fact]
    public void Each_box_shows_the_events_it_would_show()
    {
        var facets = new FacetCounts(
            Roles: new Dictionary<string, int> { ["event"] = 12, ["actor"] = 3 },
            Levels: new Dictionary<string, int> { ["city"] = 10 },
            Countries: new Dictionary<string, int> { ["SY"] = 1500 },
            Sources: new Dictionary<string, int> { ["TASS"] = 9 });

        var cut = RenderPanel(new DashboardState(), facets);

        // Event 12, dateline 0 (ticked, so listed), actor 3; adjectives, unticked at 0, left out.
        Assert.Equal(["12", "0", "3"], cut.FindAll("[data-facet=role] .facet-count").Select(c => c.TextContent));
        Assert.Equal("10", cut.Find("[data-facet=level] [data-count-for=city]").TextContent);
        Assert.Equal("1,500", cut.Find("[data-facet=country] [data-count-for=SY]").TextContent);
        Assert.Equal("9", cut.Find("[data-facet=source] [data-count-for=TASS]").TextContent);
    }

    [Fact]
    public void A_corpus_of_one_source_and_no_country_shows_neither_facet()
    {
        var cut = RenderPanel(new DashboardState(), countries: [], sources: ["TASS"]);

        Assert.Empty(cut.FindAll("[data-facet=country]"));
        Assert.Empty(cut.FindAll("[data-facet=source]"));
    }

    [Fact]
    public void Reset_clears_the_filters_and_the_search_but_not_the_view()
    {
        var state = new DashboardState
        {
            Roles = new HashSet<MentionRole> { MentionRole.Actor },
            Levels = new HashSet<PlaceLevel> { PlaceLevel.City },
            Countries = new HashSet<string>(["SY"], StringComparer.Ordinal),
            Query = "Raqqa",
            Zoom = 6, Latitude = 35, Longitude = 39,
        };
        var cut = RenderPanel(state);

        cut.Find("[data-role=filters-reset]").Click();

        var next = Assert.Single(changed);
        Assert.Equal(DashboardState.DefaultRoles.Order(), next.Roles.Order());
        Assert.Empty(next.Levels);
        Assert.Empty(next.Countries);
        Assert.Equal("", next.Query);
        Assert.Equal(6, next.Zoom);
    }

    [Fact]
    public void Choosing_a_confidence_floor_changes_the_state_and_reset_clears_it()
    {
        var cut = RenderPanel(new DashboardState());
        Assert.Equal("", cut.Find("[data-role=min-confidence]").GetAttribute("value") ?? "");

        cut.Find("[data-role=min-confidence]").Change("0.8");
        Assert.Equal(0.8, changed[^1].MinConfidence);

        var sure = RenderPanel(new DashboardState { MinConfidence = 0.8 });
        Assert.Equal("0.8", sure.Find("[data-role=min-confidence] option[selected]").GetAttribute("value"));
        sure.Find("[data-role=filters-reset]").Click();
        Assert.Null(changed[^1].MinConfidence);
    }
}
