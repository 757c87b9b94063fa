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
    public void Towns_listed_together_stay_towns_not_the_counties_named_after_them()
    {
        var kisumu = PlaceOf("Cholera cases rose in Kisumu, Nakuru and Mandera this week.", "Kisumu");

        Assert.Equal(("KE", PlaceLevel.City), (kisumu?.CountryCode, kisumu?.Level));
    }
}
