using MapDashboard.Components.Corrections;
using MapDashboard.Gazetteer;

namespace MapDashboard.Tests.Components.Corrections;

public class CandidateListTests
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

    private static Task<AngleSharp.Dom.IDocument> RenderAsync(IReadOnlyList<Place> places, long? current = null, string? selected = null) =>
        ComponentHarness.RenderAsync<CandidateList>(new Dictionary<string, object?>
        {
            [nameof(CandidateList.Candidates)] = places,
            [nameof(CandidateList.Current)] = current,
            [nameof(CandidateList.Selected)] = selected,
        });

    [Fact]
    public async Task One_radio_per_place_with_where_it_is_and_the_current_one_marked()
    {
        var doc = await RenderAsync([City, Hostile], current: ArRaqqahCity);

        var radios = doc.QuerySelectorAll("input[type=radio][name='Form.Choice']");
        Assert.Equal(["172955", "172957"], radios.Select(r => r.GetAttribute("value")));
        Assert.All(radios, r => Assert.NotNull(r.Closest("label")));
        var first = doc.QuerySelectorAll("ul.candidates li")[0];
        Assert.Equal("35.95283", first.GetAttribute("data-candidate-lat"));
        Assert.Equal("39.00788", first.GetAttribute("data-candidate-lon"));
        Assert.Equal("Raqqa, SY · city · pop. 177,636 · 35.95, 39.01", first.QuerySelector(".candidate-where")!.TextContent);
        Assert.Equal("(current)", first.QuerySelector(".candidate-current")!.TextContent);
        Assert.Single(doc.QuerySelectorAll(".candidate-current"));
    }

    [Fact]
    public async Task The_posted_choice_stays_checked()
    {
        var doc = await RenderAsync([City, Hostile], selected: "172957");

        Assert.Equal(["172957"], doc.QuerySelectorAll("input[type=radio]:checked").Select(r => r.GetAttribute("value")));
    }

    [Fact]
    public async Task Hostile_names_are_text_not_markup()
    {
        var html = await ComponentHarness.RenderHtmlAsync<CandidateList>(new Dictionary<string, object?>
        {
            [nameof(CandidateList.Candidates)] = new[] { Hostile },
        });
        var doc = await RenderAsync([Hostile]);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("script, img"));
        Assert.Equal("<script>alert(1)</script>", doc.QuerySelector(".candidate-name")!.TextContent);
        Assert.Equal("<script>alert(1)</script>", doc.QuerySelector("li")!.GetAttribute("data-candidate-name"));
    }

    [Fact]
    public async Task No_candidates_says_what_to_do_instead()
    {
        var doc = await RenderAsync([]);

        Assert.Null(doc.QuerySelector("ul.candidates"));
        Assert.StartsWith("No other places of that name", doc.QuerySelector(".candidates-empty")!.TextContent, StringComparison.Ordinal);
    }
}
