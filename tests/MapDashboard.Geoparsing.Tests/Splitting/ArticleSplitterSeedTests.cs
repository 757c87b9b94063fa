using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Splitting;

public class ArticleSplitterSeedTests
{
    private static IReadOnlyList<ArticleText> SplitSeed(string prefix)
    {
        var path = TestPaths.Seed(prefix);
        return new ArticleSplitter().Split(new SourceDocument(Path.GetFileName(path), File.ReadAllText(path)));
    }

    [Fact]
    public void Seed000_HoldsTenArticlesWithTheirHeadlines()
    {
        var titles = SplitSeed("000").Select(a => a.Title).ToList();

        Assert.Equal(
        [
            "Russia’s Defense Ministry says US-led coalition unlikely to launch battle for Raqqa\u00A0soon",
            "Even Optimists Losing Hope in Mosul Liberation From Daesh in 2017 – Russian\u00A0MoD",
            "Turkey’s Membership in NATO Not Obstacle to S-400 Deliveries – Putin’s\u00A0Aide",
            "Information War Against Russian Weapons Underway – Putin’s\u00A0Aide",
            "Syria in Past 24 Hours: Strategic Heights Near Palmyra under Army’s Control\u00A0Again",
            "Israeli Airstrikes on Syria ‘Seek to Prevent Iran’s Influence in\u00A0Region’",
            "Russian Center: Syrian Peace Plan Signed by Militants in 1,356\u00A0Regions",
            "‘Detect, Control and Destroy’: Russia to Build Syria-Tested Helicopters for\u00A0Navy",
            "Russian defense ministry spokesman doubts international reports on\u00A0Syria",
            "Ankara Not to Integrate S-400 System Into NATO Missile Defense\u00A0System",
        ], titles);
    }

    [Fact]
    public void Seed004_DropsTheSectionLabelAndHoldsSevenArticles()
    {
        var articles = SplitSeed("004");

        Assert.Equal(7, articles.Count);
        Assert.DoesNotContain(articles, a => a.Title == "Syrian conflict");
        Assert.Equal("Russian carrier Admiral Kuznetsov in action near Syria (Video)", articles[^1].Title);
        Assert.Equal(Enumerable.Range(0, 7), articles.Select(a => a.Position));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("004")]
    public void Seeds_NoCaptionOrCreditInAnyBody(string prefix)
    {
        foreach (var article in SplitSeed(prefix))
        {
            Assert.DoesNotContain("©", article.Body);
            Assert.DoesNotContain("File photo", article.Body);
            Assert.DoesNotContain("(File)", article.Body);
            Assert.DoesNotContain("S-400 regiment enters on duty in Crimea", article.Body);
            Assert.DoesNotContain("Members of the Iraqi army's 9th Division", article.Body);
            Assert.DoesNotContain("official spokesman, Maj. Gen. Igor Konashenkov\n", article.Body + "\n");
            Assert.False(article.Body.StartsWith(article.Title, StringComparison.Ordinal), $"headline repeated in the body of '{article.Title}'");
        }
    }

    [Fact]
    public void Seed000_NamesTheOutletFromTheDatelineOnly()
    {
        var articles = SplitSeed("000");

        Assert.Equal("FNA", articles[4].Source);   // "(FNA)- ..." even though it quotes SANA
        Assert.Equal("FNA", articles[6].Source);
        Assert.Equal("TASS", articles[8].Source);  // "MOSCOW, March 17. /TASS/."
        Assert.Null(articles[0].Source);           // "MOSCOW.  ." names no outlet
    }

    [Fact]
    public void Seed000_KeepsTheDeirEzzurSubheadInsideTheFnaArticle()
    {
        var fna = SplitSeed("000")[4];

        Assert.Contains("\n\nDeir Ezzur\n\n", fna.Body);
        Assert.Contains("al-Andalas farms in Western Raqqa", fna.Body);
    }
}
