using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components.Dashboard;

/// <summary>The map page's state as its address holds it: the permalink reads back to the same page.</summary>
public class DashboardStateTests
{
    private const long ArRaqqahSyria = 172955;

    private static readonly DashboardState Busy = new()
    {
        From = new DateOnly(2017, 3, 1),
        To = new DateOnly(2017, 3, 17),
        ShowUndated = false,
        Roles = new HashSet<MentionRole> { MentionRole.Event, MentionRole.Actor },
        Levels = new HashSet<PlaceLevel> { PlaceLevel.City, PlaceLevel.Country },
        Countries = new HashSet<string>(["SY", "IQ"], StringComparer.Ordinal),
        Sources = new HashSet<string>(["TASS", DashboardState.UnknownSource], StringComparer.Ordinal),
        Query = "airstrike \"Raqqa city\"",
        MinConfidence = 0.5,
        Latitude = 35.9528,
        Longitude = 39.0079,
        Zoom = 10,
        PlaceId = ArRaqqahSyria,
        Heat = true,
    };

    [Fact]
    public void A_fresh_page_has_the_bare_address_with_the_default_roles()
    {
        Assert.Equal("/?role=event,dateline", new DashboardState().ToAddress());
    }

    [Fact]
    public void Every_part_of_the_state_survives_the_address()
    {
        var address = Busy.ToAddress();
        var back = DashboardState.Parse(address[1..]);

        Assert.Equal(Busy.From, back.From);
        Assert.Equal(Busy.To, back.To);
        Assert.False(back.ShowUndated);
        Assert.Equal(Busy.Roles.Order(), back.Roles.Order());
        Assert.Equal(Busy.Levels.Order(), back.Levels.Order());
        Assert.Equal(Busy.Countries.Order(StringComparer.Ordinal), back.Countries.Order(StringComparer.Ordinal));
        Assert.Equal(Busy.Sources.Order(StringComparer.Ordinal), back.Sources.Order(StringComparer.Ordinal));
        Assert.Equal(Busy.Query, back.Query);
        Assert.Equal(0.5, back.MinConfidence);
        Assert.Equal(Busy.Latitude, back.Latitude);
        Assert.Equal(Busy.Longitude, back.Longitude);
        Assert.Equal(Busy.Zoom, back.Zoom);
        Assert.Equal(ArRaqqahSyria, back.PlaceId);
        Assert.True(back.Heat);
        Assert.Equal(address, back.ToAddress());
    }

    [Fact]
    public void The_address_spells_the_filters_as_the_api_does()
    {
        Assert.Equal(
            "/?lat=35.9528&lon=39.0079&zoom=10&from=2017-03-01&to=2017-03-17&q=airstrike%20%22Raqqa%20city%22&role=event,actor"
            + "&level=country,city&country=IQ,SY&minConfidence=0.5&source=%28none%29,TASS&undated=0&layers=markers,heat&place=172955",
            Busy.ToAddress());
    }

    [Theory]
    [InlineData("from=2017-13-01&to=yesterday", null, null)]
    [InlineData("from=2017-03-17&to=2017-03-01", "2017-03-01", "2017-03-17")]
    public void Malformed_or_reversed_dates_never_fail_the_page(string query, string? from, string? to)
    {
        var state = DashboardState.Parse(query);

        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), state.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), state.To);
    }

    [Fact]
    public void Out_of_range_coordinates_and_unknown_values_are_ignored()
    {
        var state = DashboardState.Parse("lat=95&lon=39&zoom=40&role=event,bogus,3&level=planet&country=SYR,sy&place=-4");

        Assert.Null(state.Latitude);
        Assert.Equal(39, state.Longitude);
        Assert.Null(state.Zoom);
        Assert.False(state.HasView);
        Assert.Equal([MentionRole.Event], state.Roles);
        Assert.Empty(state.Levels);
        Assert.Equal(["SY"], state.Countries);
        Assert.Null(state.PlaceId);
    }

    [Fact]
    public void The_filter_carries_the_range_the_facets_and_the_search()
    {
        var box = new BoundingBox(38, 35, 40, 37);

        var filter = Busy.ToFilter(box, maxArticleId: 42);

        Assert.Equal(new DateOnly(2017, 3, 1), filter.From);
        Assert.Equal(new DateOnly(2017, 3, 17), filter.To);
        Assert.Equal(box, filter.Box);
        Assert.Equal(42, filter.MaxArticleId);
        Assert.False(filter.IncludeUndated);
        Assert.Equal(Busy.Roles.Order(), filter.Roles!.Order());
        Assert.Equal(Busy.Levels.Order(), filter.Levels!.Order());
        Assert.Equal(["IQ", "SY"], filter.Countries!.Order(StringComparer.Ordinal));
        Assert.Equal(["", "TASS"], filter.Sources!.Order(StringComparer.Ordinal));
        Assert.Equal("(\"airstrike\" \"Raqqa city\")", filter.Text!.Key);
    }

    [Fact]
    public void The_timeline_zoom_survives_the_address_and_a_malformed_one_is_ignored()
    {
        var zoomed = DashboardState.Parse("?axis=2017-03-01,2017-03-31");
        Assert.Equal((new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 31)), (zoomed.AxisFrom, zoomed.AxisTo));
        Assert.Equal("/?role=event,dateline&axis=2017-03-01,2017-03-31", zoomed.ToAddress());
        Assert.Null(DashboardState.Parse("?axis=2017-03-31,2017-03-01").AxisFrom);
        Assert.Null(DashboardState.Parse("?axis=2017-03-01").AxisFrom);
        // The zoom is how the timeline looks, never which reports count.
        Assert.Null(zoomed.ToFilter().From);
    }

    [Fact]
    public void The_confidence_floor_filters_every_read_and_a_malformed_one_is_ignored()
    {
        Assert.Equal(0.8, DashboardState.Parse("?minConfidence=0.8").ToFilter().MinConfidence);
        Assert.Equal(0.8, DashboardState.Parse("?minConfidence=0.8").ToUndatedFilter().MinConfidence);
        Assert.Contains("minConfidence=0.8", DashboardState.Parse("?minConfidence=0.8").ToExportQuery(), StringComparison.Ordinal);
        Assert.Null(DashboardState.Parse("?minConfidence=2").MinConfidence);
        Assert.Null(DashboardState.Parse("?minConfidence=high").MinConfidence);
        Assert.Null(DashboardState.Parse("?minConfidence=0").ToFilter().MinConfidence);
    }

    [Fact]
    public void The_undated_filter_and_the_axis_filter_drop_the_range()
    {
        var undated = Busy.ToUndatedFilter();
        var axis = Busy.ToAxisFilter();

        Assert.True(undated.UndatedOnly);
        Assert.Null(undated.From);
        Assert.Null(axis.From);
        Assert.Null(axis.To);
        Assert.False(axis.IncludeUndated);
        Assert.Equal(["IQ", "SY"], axis.Countries!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_export_includes_the_undated_reports_only_when_the_map_draws_them()
    {
        Assert.Contains("undated=true", new DashboardState().ToExportQuery(), StringComparison.Ordinal);
        Assert.Contains("undated=false", new DashboardState { ShowUndated = false }.ToExportQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_role_ticked_or_a_refused_search_is_a_problem_and_the_search_is_dropped()
    {
        var noRole = new DashboardState { Roles = new HashSet<MentionRole>() };
        var badSearch = new DashboardState { Query = "***" };

        Assert.StartsWith("Tick at least one", noRole.Problem, StringComparison.Ordinal);
        Assert.NotNull(badSearch.Problem);
        Assert.Null(badSearch.ToFilter().Text);
        Assert.Null(new DashboardState { Query = "Raqqa" }.Problem);
    }
}
