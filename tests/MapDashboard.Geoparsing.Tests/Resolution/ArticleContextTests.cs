using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Resolution;

/// <summary>Namesakes in local news, settled by the article's other names (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class ArticleContextTests
{
    private static IReadOnlyList<GeoparsedMention> Mentions(Geoparser parser, string body) =>
        parser.ParseArticle(new ArticleText { Title = "Report", Body = body, SourceName = "t", Position = 0 }).Mentions;

    private const string OhioSuburbs = "Voters in Dublin approved the levy. Turnout in Columbus and Grove City was low, "
        + "and Franklin County will certify the count on Friday.";

    [Fact]
    public void Dublin_beside_Columbus_and_Franklin_County_is_Dublin_Ohio()
    {
        var dublin = Mentions(BundledGazetteer.Parser, OhioSuburbs).First(m => m.Mention.Text == "Dublin").Place;

        Assert.Equal(("US", "Ohio"), (dublin?.CountryCode, dublin?.Admin1Name));
    }

    [Fact]
    public void Without_the_division_evidence_Dublin_is_not_settled_in_Ohio()
    {
        // The same article with the local weighers switched off (the division, the names that lie near, and Columbus
        // as Franklin County's seat, which settles both and brings Dublin near them): population and the capital's rank win.
        var parser = new Geoparser(BundledGazetteer.Instance, new GeoparserOptions { DivisionContextWeight = 0, CountySeatWeight = 0, NearbyNamesWeight = 0 });

        var dublin = Mentions(parser, OhioSuburbs).First(m => m.Mention.Text == "Dublin").Place;

        Assert.NotEqual("Ohio", dublin?.Admin1Name);
    }

    [Fact]
    public void Georgia_repeated_in_a_US_article_does_not_vote_for_the_country()
    {
        // Each "Georgia" used to count as evidence that the article is about Georgia the country.
        var mentions = Mentions(BundledGazetteer.Parser, "Georgia lawmakers met on Monday. Georgia has cut its budget twice, "
            + "and Georgia schools will close early. Teachers in Savannah and Macon protested, and Atlanta was quiet.");

        Assert.All(mentions.Where(m => m.Mention.Text == "Georgia"), m => Assert.Equal(("US", PlaceLevel.Admin1), (m.Place?.CountryCode, m.Place?.Level)));
    }

    [Fact]
    public void Georgia_beside_Tbilisi_stays_the_country()
    {
        var georgia = Mentions(BundledGazetteer.Parser, "Georgia held elections on Sunday. Georgia's president voted in Tbilisi.")
            .First(m => m.Mention.Text == "Georgia").Place;

        Assert.Equal(("GE", PlaceLevel.Country), (georgia?.CountryCode, georgia?.Level));
    }
}
