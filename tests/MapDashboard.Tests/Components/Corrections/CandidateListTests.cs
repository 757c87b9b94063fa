using Bunit;
using MapDashboard.Components.Corrections;
using MapDashboard.Gazetteer;

namespace MapDashboard.Tests.Components.Corrections;

public class CandidateListTests : BunitContext
{
    private const long ArRaqqahCity = 172955;
    private const long RaqqaGovernorate = 172957;

    private static readonly Place City = new()
    {
        Id = ArRaqqahCity, Name = "Ar Raqqah", Level = PlaceLevel.City, CountryCode = "SY", Admin1Name = "Raqqa",
        Latitude = 35.95283, Longitude = 39.00788, Population = 177_636,
    };

    private static readonly Place Hostile = new()
    {
        Id = RaqqaGovernorate, Name = "<script>alert(1)</script>", Level = PlaceLevel.Admin1, CountryCode = "SY",
        Admin1Name = "<img src=x onerror=alert(2)>", Latitude = 35.7, Longitude = 38.9,
    };

    private IRenderedComponent<CandidateList> RenderList(IReadOnlyList<Place> places, long? current = null, string? selected = null) =>
        Render<CandidateList>(p => p
            .Add(c => c.Candidates, places)
            .Add(c => c.Current, current)
            .Add(c => c.Selected, selected));

    [Fact]
    public void One_radio_per_place_with_where_it_is_and_the_current_one_marked()
    {
        var cut = RenderList([City, Hostile], current: ArRaqqahCity);

        var radios = cut.FindAll("input[type=radio][name='Form.Choice']");
        Assert.Equal(["172955", "172957"], radios.Select(r => r.GetAttribute("value")));
        Assert.All(radios, r => Assert.NotNull(r.Closest("label")));
        var first = cut.FindAll("ul.candidates li")[0];
        Assert.Equal("35.95283", first.GetAttribute("data-candidate-lat"));
        Assert.Equal("39.00788", first.GetAttribute("data-candidate-lon"));
        Assert.Equal("Raqqa, SY · city · pop. 177,636 · 35.95, 39.01", first.QuerySelector(".candidate-where")!.TextContent);
        Assert.Equal("(current)", first.QuerySelector(".candidate-current")!.TextContent);
        Assert.Single(cut.FindAll(".candidate-current"));
    }

    [Fact]
    public void The_posted_choice_stays_checked()
    {
        var cut = RenderList([City, Hostile], selected: "172957");

        Assert.Equal(["172957"], cut.FindAll("input[type=radio]:checked").Select(r => r.GetAttribute("value")));
    }

    [Fact]
    public void Hostile_names_are_text_not_markup()
    {
        var cut = RenderList([Hostile]);
        var html = cut.Markup;

        // bunit writes attribute values as HTML5 does (only quotes and ampersands escaped), so the
        // name stands as typed in the data attribute; as text it must be escaped, and parse to no element.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script, img"));
        Assert.Equal("<script>alert(1)</script>", cut.Find(".candidate-name").TextContent);
        Assert.Equal("<script>alert(1)</script>", cut.Find("li").GetAttribute("data-candidate-name"));
    }

    [Fact]
    public void No_candidates_says_what_to_do_instead()
    {
        var cut = RenderList([]);

        Assert.Empty(cut.FindAll("ul.candidates"));
        Assert.StartsWith("No other places of that name", cut.Find(".candidates-empty").TextContent, StringComparison.Ordinal);
    }
}
