using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Tests.Splitting;

/// <summary>.json uploads are read as articles (they were stored as raw text, braces and keys geoparsed as prose).</summary>
public class JsonArticleReaderTests
{
    private static readonly ArticleSplitter Splitter = new();

    [Fact]
    public void AnArrayOfArticlesIsReadWithTheirFields()
    {
        const string json = """
            [
              { "title": "Air strikes on Raqqa", "text": "Air strikes hit Raqqa on Friday.\n\nActivists said ten died.", "date": "2017-03-17", "url": "https://example.org/raqqa", "source": "SANA" },
              { "title": "Fighting near Mosul", "text": "Clashes were reported in Mosul." }
            ]
            """;

        var articles = Splitter.Split(new SourceDocument("feed.json", json, "application/json"));

        Assert.Equal(2, articles.Count);
        Assert.Equal("Air strikes on Raqqa", articles[0].Title);
        Assert.Equal("Air strikes hit Raqqa on Friday.\n\nActivists said ten died.", articles[0].Body);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), articles[0].MetadataDate);
        Assert.Equal("https://example.org/raqqa", articles[0].Url);
        Assert.Equal("SANA", articles[0].Source);
        Assert.Equal(1, articles[1].Position);
        Assert.DoesNotContain("\"title\"", articles[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OneObjectOrAnObjectHoldingArticlesIsRead()
    {
        var one = Splitter.Split(new SourceDocument("one.json", """{ "title": "Shelling in Homs", "text": "Shelling hit Homs." }""", "application/json"));
        var wrapped = Splitter.Split(new SourceDocument("wrapped.json", """{ "articles": [{ "title": "Shelling in Homs", "text": "Shelling hit Homs." }] }"""));

        Assert.Equal("Shelling in Homs", Assert.Single(one).Title);
        Assert.Equal("Shelling hit Homs.", Assert.Single(wrapped).Body);
    }

    [Theory]
    [InlineData("{ \"title\": \"Broken")]
    [InlineData("[UPDATE] Shelling in Homs\n\nShelling hit Homs on Friday, activists said.")]
    public void TextThatIsNotJsonIsReadAsText(string content)
    {
        var articles = Splitter.Split(new SourceDocument("odd.json", content, content.StartsWith('{') ? "application/json" : null));

        Assert.NotEmpty(articles);
    }

    [Fact]
    public void JsonNestedPastAnyArticleListIsReadAsTextInLinearTime()
    {
        var deep = new string('[', 100_000) + "Homs" + new string(']', 100_000);

        var articles = Splitter.Split(new SourceDocument("deep.json", deep, "application/json"));

        Assert.Contains("Homs", Assert.Single(articles).Text, StringComparison.Ordinal);
    }
}
