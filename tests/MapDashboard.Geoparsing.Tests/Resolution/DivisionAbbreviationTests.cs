using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Resolution;

/// <summary>AP-style and Canadian Press abbreviations of states and provinces as qualifiers (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class DivisionAbbreviationTests
{
    private static ArticleText Article(string body) => new() { Title = "Report", Body = body, SourceName = "t", Position = 0 };

    [Theory]
    [InlineData("The fair opened in Paris, Mo., on Saturday.", "Paris", "US", "Missouri")]
    [InlineData("Polar bears wander the streets of Churchill, Man., each autumn.", "Churchill", "CA", "Manitoba")]
    [InlineData("A storm hit London, Ont., overnight.", "London", "CA", "Ontario")]
    [InlineData("The plant in Huntington, W.Va., will close.", "Huntington", "US", "West Virginia")]
    public void A_place_qualified_by_a_state_or_province_abbreviation_is_the_one_in_that_division(string body, string name, string country, string division)
    {
        var mentions = BundledGazetteer.Parser.ParseArticle(Article(body)).Mentions;

        var place = mentions.First(m => m.Mention.Text == name).Place;
        Assert.Equal((country, division), (place?.CountryCode, place?.Admin1Name));
        var abbreviation = mentions.First(m => m.Mention.Start > body.IndexOf(name, StringComparison.Ordinal) + Article(body).BodyOffset).Place;
        Assert.Equal((country, PlaceLevel.Admin1, division), (abbreviation?.CountryCode, abbreviation?.Level, abbreviation?.Name));
    }

    [Fact]
    public void A_given_span_of_an_abbreviation_resolves_to_its_division()
    {
        const string body = "Officials in Frankfort, Ky. said the road reopened.";
        var article = Article(body);
        var at = article.BodyOffset + body.IndexOf("Ky.", StringComparison.Ordinal);

        var ky = Assert.Single(BundledGazetteer.Parser.ParseSpans(article, [(at, 3)]).Mentions).Place;

        Assert.Equal(("US", PlaceLevel.Admin1, "Kentucky"), (ky?.CountryCode, ky?.Level, ky?.Name));
    }

    [Fact]
    public void An_abbreviation_not_after_a_place_and_comma_is_no_mention()
    {
        // "Miss." here is a title, and "Man." ends a sentence.
        var mentions = BundledGazetteer.Parser.ParseArticle(Article("Miss. Jones said the Man. He left.")).Mentions;

        Assert.DoesNotContain(mentions, m => m.Mention.Text is "Miss." or "Man.");
    }
}
