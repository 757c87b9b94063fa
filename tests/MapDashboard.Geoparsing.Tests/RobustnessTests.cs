using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests;

/// <summary>Odd input never throws: a user's import must not take the pipeline down.</summary>
public class RobustnessTests
{
    private static readonly Geoparser Parser = new(SyriaFixture.Create());

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \u00A0 \n")]
    [InlineData("Only a title line about Homs and Palmyra")]
    [InlineData("<rss><channel><item><title>Broken")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>")]
    [InlineData("<html><body></body></html>")]
    [InlineData("---\ntitle: no end of front matter\n")]
    [InlineData("MOSCOW, March 17. /TASS/.")]
    [InlineData("{{<script> \n\n Deir ez-Zor<div>\"<div>\uD800 \t</title>\"text\":<div>")] // fuzz: a lone surrogate threw in the JSON reader
    [InlineData("<rss><channel><item><title>Homs \uDC00 Raqqa</title></item></channel></rss>")] // fuzz: and in name folding
    [InlineData("al- al-' ’s 's - -- S-400 (NSW) ( ) \"\" In in Of OF Homs's Homs’ Homs-")]
    [InlineData("Syria in Past 24 Hours: Strategic Heights\n\nFebruary 30, 2017 and 31 April 2016 were not days; on Friday in Homs.")]
    public void OddDocuments_DoNotThrow(string content)
    {
        var articles = Parser.Parse(new SourceDocument("odd", content));

        Assert.All(articles, a => Assert.All(a.Mentions, m => Assert.InRange(m.Mention.Start + m.Mention.Length, 0, a.Article.Text.Length)));
    }

    [Fact]
    public void LongTextWithoutBreaks_IsParsed()
    {
        var body = string.Concat(Enumerable.Repeat("Clashes continued in Homs and near Palmyra on Friday, officials in Damascus said ", 2000));

        var article = Parser.ParseArticle(new ArticleText { Title = "Long", Body = body, SourceName = "t", Position = 0 });

        Assert.True(article.Mentions.Count >= 6000);
    }
}
