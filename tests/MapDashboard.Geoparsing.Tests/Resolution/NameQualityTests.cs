using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Resolution;

/// <summary>Primary names over alternate names, capitals over divisions, towns over countries of their name (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class NameQualityTests
{
    private static Place? PlaceOf(Geoparser parser, string body, string name) =>
        parser.ParseArticle(new ArticleText { Title = "Report", Body = body, SourceName = "t", Position = 0 }).Mentions.First(m => m.Mention.Text == name).Place;

    private const string Maryville = "The council in Maryville voted on Tuesday.";

    [Fact]
    public void A_town_with_the_primary_name_beats_one_that_lists_it_as_an_alternate()
    {
        // Beeville, Texas lists "Maryville" as an alternate name and ranked second in the gazetteer.
        Assert.Equal("Maryville", PlaceOf(BundledGazetteer.Parser, Maryville, "Maryville")?.Name);
        Assert.Equal("Rogersville", PlaceOf(BundledGazetteer.Parser, "A fire broke out in Rogersville late on Monday.", "Rogersville")?.Name);
    }

    [Fact]
    public void A_bare_Washington_is_the_capital_not_the_state()
    {
        var washington = PlaceOf(BundledGazetteer.Parser, "Officials in Washington said the bill would pass.", "Washington");

        Assert.Equal(("US", PlaceLevel.City, "PPLC"), (washington?.CountryCode, washington?.Level, washington?.FeatureCode));
    }

    [Fact]
    public void Without_the_rule_a_bare_Washington_is_not_the_capital()
    {
        var parser = new Geoparser(BundledGazetteer.Instance, new GeoparserOptions { CityOverDivisionWeight = 0 });

        Assert.NotEqual("PPLC", PlaceOf(parser, "Officials in Washington and Olympia said the bill would pass.", "Washington")?.FeatureCode);
    }

    [Fact]
    public void Lebanon_among_Ohio_towns_is_Lebanon_Ohio()
    {
        var lebanon = PlaceOf(BundledGazetteer.Parser, "Police in Lebanon arrested two men. Both live in Mason and were taken to Dayton, "
            + "where Cincinnati detectives questioned them.", "Lebanon");

        Assert.Equal(("US", "Ohio"), (lebanon?.CountryCode, lebanon?.Admin1Name));
    }

    [Fact]
    public void Lebanon_beside_Beirut_stays_the_country()
    {
        var lebanon = PlaceOf(BundledGazetteer.Parser, "Lebanon's government met in Beirut on Monday.", "Lebanon");

        Assert.Equal(("LB", PlaceLevel.Country), (lebanon?.CountryCode, lebanon?.Level));
    }
}
