using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Resolution;

/// <summary>A division named like a country or a town, settled by the names around it (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class DivisionEvidenceTests
{
    private static Place? PlaceOf(string body, string name)
    {
        var article = new ArticleText { Title = "Report", Body = body, SourceName = "t", Position = 0 };
        return BundledGazetteer.Parser.ParseArticle(article).Mentions.First(m => m.Mention.Text == name).Place;
    }

    [Theory]
    // A state that qualifies a city is the state holding it.
    [InlineData("Samples from Jakarta were sent to the CDC in Atlanta, Georgia for final tests.", "US", PlaceLevel.Admin1)]
    // A name listed among a country's divisions is one of them.
    [InlineData("Cases were reported in Arizona, California, Colorado, Georgia, Illinois and Ohio.", "US", PlaceLevel.Admin1)]
    // Among countries, the country.
    [InlineData("Observers from Armenia, Georgia and Azerbaijan met in Tbilisi.", "GE", PlaceLevel.Country)]
    public void Georgia_is_settled_by_the_names_around_it(string body, string country, PlaceLevel level)
    {
        var georgia = PlaceOf(body, "Georgia");

        Assert.Equal((country, level), (georgia?.CountryCode, georgia?.Level));
    }

    [Fact]
    public void A_name_listed_among_countries_is_a_country()
    {
        // The article is mostly about Nigeria, which has a Niger State.
        var niger = PlaceOf("Nigeria's health ministry said Nigeria had most cases, in Kano and Lagos. Nigeria and its "
            + "neighbours will vaccinate children in Benin, Burkina Faso, Niger, Nigeria and Togo.", "Niger");

        Assert.Equal(("NE", PlaceLevel.Country), (niger?.CountryCode, niger?.Level));
    }

    [Fact]
    public void Towns_listed_together_stay_towns_not_the_counties_named_after_them()
    {
        var kisumu = PlaceOf("Cholera cases rose in Kisumu, Nakuru and Mandera this week.", "Kisumu");

        Assert.Equal(("KE", PlaceLevel.City), (kisumu?.CountryCode, kisumu?.Level));
    }
}

/// <summary>A hamlet abroad that nothing else in the article points to (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class StrayHamletTests
{
    private static IReadOnlyList<GeoparsedMention> Mentions(string body) =>
        BundledGazetteer.Parser.ParseArticle(new ArticleText { Title = "Report", Body = body, SourceName = "t", Position = 0 }).Mentions;

    [Fact]
    public void A_namesake_hamlet_on_another_continent_gets_no_dot()
    {
        var mentions = Mentions("Police in Britain sealed off a sushi bar in Piccadilly. The United Kingdom's health agency said Britain faced no wider risk.");

        Assert.Null(Assert.Single(mentions, m => m.Mention.Text == "Piccadilly").Place);
    }

    [Fact]
    public void A_loose_spelling_match_is_no_evidence_for_its_own_country()
    {
        var mentions = Mentions("Wild ducks sampled near Lake Erie in Michigan, in the United States, carried the virus.");

        Assert.DoesNotContain(mentions, m => m.Place?.CountryCode == "IN");
    }

    [Fact]
    public void A_hamlet_in_a_country_the_article_names_keeps_its_dot()
    {
        var mentions = Mentions("Syrian troops entered Maskanah, east of Aleppo. Syria's army said Maskanah was retaken.");

        Assert.All(mentions.Where(m => m.Mention.Text == "Maskanah"), m => Assert.Equal("SY", m.Place?.CountryCode));
    }
}
