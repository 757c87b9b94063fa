using System.Diagnostics;
using System.Text;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Splitting;

/// <summary>
/// Shapes of input that once held a core for minutes (issue 13): each must be read in time proportional to its
/// size. The bounds asserted are 10 to 50 times what the fixed code takes, and far below what it took before.
/// </summary>
public class HostileShapesTests
{
    private static readonly Geoparser Parser = new(SyriaFixture.Create());

    private static readonly string[] Words = ["Homs", "Raqqa", "Deir", "Al", "Zor", "Damascus", "Aleppo", "The", "New", "Palmyra", "Islamic", "State"];

    private static string CapitalisedLine(int chars)
    {
        var random = new Random(13);
        var text = new StringBuilder(chars + 16);
        while (text.Length < chars) text.Append(Words[random.Next(Words.Length)]).Append(' ');
        return text.ToString(0, chars);
    }

    [Fact]
    public void ALineWithoutBreaksIsCutIntoBoundedSentences()
    {
        var article = Parser.ParseArticle(new ArticleText { Title = "Line", Body = CapitalisedLine(100_000), SourceName = "line.txt", Position = 0 });

        Assert.True(article.Mentions.Count > 5_000, $"{article.Mentions.Count} mentions");
        Assert.All(article.Mentions, m => Assert.InRange(m.SentenceLength, 1, SentenceSplitter.MaxSentenceChars));
        Assert.All(article.Mentions, m => Assert.Equal(m.Mention.Text, article.Article.Text.Substring(m.Mention.Start, m.Mention.Length)));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A100KbLineOfPlaceNamesIsParsedWellWithinABudget()
    {
        // Before: 70 s of CPU for this line (every mention weighed against 15,000 others); now about a second.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var article = Parser.ParseArticle(new ArticleText { Title = "Line", Body = CapitalisedLine(100_000), SourceName = "line.txt", Position = 0 }, budget.Token);

        Assert.NotEmpty(article.Mentions);
    }

    [Fact]
    public void CancellingAParseStopsItWithinASecond()
    {
        var document = new SourceDocument("big.txt", CapitalisedLine(2_000_000));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        long cancelledAt = 0;
        cancel.Token.Register(() => cancelledAt = watch.ElapsedMilliseconds);

        Assert.ThrowsAny<OperationCanceledException>(() => Parser.Parse(document, cancel.Token));

        Assert.InRange(watch.ElapsedMilliseconds - cancelledAt, 0, 1_000);
    }

    [Fact]
    public void ADocumentNamingTooManyPlacesIsRefusedWithAMessage()
    {
        var parser = new Geoparser(SyriaFixture.Create(), limits: new GeoparserLimits { MaxMentionsPerDocument = 1_000 });

        var e = Assert.Throws<GeoparseLimitException>(() => parser.Parse(new SourceDocument("list.txt", CapitalisedLine(100_000))));

        Assert.Contains("more than 1,000 places", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "<div>", "</div>")]
    [InlineData("text/html", "<section><span>", "</span></section>")]
    [InlineData("application/rss+xml", "<x>", "</x>")]
    public async Task DeepNestingIsReadInLinearTime(string mediaType, string open, string close)
    {
        // 100,000 nested divs took 137 s through the DOM; a 100,000-deep feed 31 s.
        var markup = new StringBuilder();
        if (mediaType.Contains("rss", StringComparison.Ordinal)) markup.Append("<rss><channel><item><title>Deep</title><description>");
        else markup.Append("<html><body>");
        for (var i = 0; i < 100_000; i++) markup.Append(open);
        markup.Append("Shelling was reported in Homs on Friday.");
        for (var i = 0; i < 100_000; i++) markup.Append(close);
        var document = new SourceDocument("deep", markup.ToString(), mediaType);

        // WaitAsync throws TimeoutException past 20 s.
        var articles = await Task.Run(() => Parser.Parse(document)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains(articles, a => a.Article.Text.Contains("Shelling was reported in Homs", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkupWithinTheDepthLimitIsStillReadAsATree()
    {
        var page = "<html><body><nav>Menu Aleppo</nav>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "<p>Shelling in Homs.</p>" + string.Concat(Enumerable.Repeat("</div>", 100)) + "</body></html>";

        var article = Assert.Single(Parser.Splitter.Split(new SourceDocument("page.html", page, "text/html")));

        Assert.DoesNotContain("Menu", article.Text, StringComparison.Ordinal);
        Assert.Contains("Shelling in Homs.", article.Text, StringComparison.Ordinal);
    }
}
