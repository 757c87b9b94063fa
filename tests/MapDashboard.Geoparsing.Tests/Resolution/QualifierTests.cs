using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Resolution;

/// <summary>Qualifiers written with AP-style and Canadian Press abbreviations, and lists that are no qualifiers (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class QualifierTests
{
    private static GeoparsedMention MentionOf(string body, string name) =>
        BundledGazetteer.Parser.ParseArticle(new ArticleText { Title = "Local report", Body = body, SourceName = "t", Position = 0 })
            .Mentions.First(m => m.Mention.Text == name);

    [Theory]
    [InlineData("COLUMBIA, Ky. — The fiscal court met on Monday.", "COLUMBIA", "US", "Kentucky")]
    [InlineData("PARIS, Ky. — The schools closed early because of ice.", "PARIS", "US", "Kentucky")]
    [InlineData("Schools in Paris, Mo., closed early on Tuesday.", "Paris", "US", "Missouri")]
    [InlineData("LONDON, Ont. — A fire destroyed a barn overnight.", "LONDON", "CA", "Ontario")]
    [InlineData("Polar bears were seen near Churchill, Man., on Sunday.", "Churchill", "CA", "Manitoba")]
    public void A_town_qualified_by_an_abbreviated_state_lies_in_that_state(string body, string name, string country, string division)
    {
        var place = MentionOf(body, name).Place;

        Assert.Equal((country, division), (place?.CountryCode, place?.Admin1Name));
    }

    [Fact]
    public void A_capitalised_dateline_town_before_a_state_abbreviation_is_no_acronym()
    {
        Assert.Equal(PlaceLevel.City, MentionOf("ROME, Ga. — Voters approved the levy.", "ROME").Place?.Level);
    }

    [Fact]
    public void A_town_after_a_comma_in_a_list_does_not_qualify_the_one_before()
    {
        // "Sulphur Springs, Greenville and Dallas" lists towns; Greenville is no qualifier of Sulphur Springs.
        var springs = MentionOf("Patients came from Sulphur Springs, Greenville and as far as Dallas.", "Sulphur Springs");

        Assert.DoesNotContain("qualified by \"Greenville\"", springs.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_before_a_government_body_after_a_dash_stays_an_event_place()
    {
        // "COLUMBIA, Mo. — Schools ...": the dateline's town is not the schools' own name.
        Assert.Equal(MentionRole.Event, MentionOf("COLUMBIA, Mo. — Schools closed early.", "COLUMBIA").Mention.Role);
    }
}
