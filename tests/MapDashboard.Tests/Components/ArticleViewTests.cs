using MapDashboard.Components.Articles;
using MapDashboard.Data.Queries;
using MapDashboard.Geoparsing.Dating;
using static MapDashboard.Tests.Components.SampleData;

namespace MapDashboard.Tests.Components;

public class ArticleViewTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(ArticleDetail article) =>
        ComponentHarness.RenderAsync<ArticleView>(new Dictionary<string, object?> { [nameof(ArticleView.Article)] = article });

    [Theory]
    [InlineData(DatePrecision.Day, "17 March 2017", "2017-03-17")]
    [InlineData(DatePrecision.Month, "March 2017", "2017-03")]
    [InlineData(DatePrecision.Year, "2017 (year only)", "2017")]
    public async Task Shows_the_date_with_its_precision(DatePrecision precision, string words, string iso)
    {
        var date = precision switch
        {
            DatePrecision.Day => new DateOnly(2017, 3, 17),
            DatePrecision.Month => new DateOnly(2017, 3, 1),
            _ => new DateOnly(2017, 1, 1),
        };
        var doc = await RenderAsync(Article(date, precision));

        var time = doc.QuerySelector(".article-meta time")!;
        Assert.Equal(words, time.TextContent);
        Assert.Equal(iso, time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Unknown_date_is_said_in_words()
    {
        var doc = await RenderAsync(Article() with { Date = null, DatePrecision = DatePrecision.Unknown });

        Assert.Null(doc.QuerySelector(".article-meta time"));
        Assert.Equal("date unknown", doc.QuerySelector(".article-meta .date")!.TextContent);
    }

    [Fact]
    public async Task Shows_title_with_its_places_source_and_source_file()
    {
        var doc = await RenderAsync(Article());

        Assert.Equal(Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("m1", doc.QuerySelector("h1 a.place")!.Id);
        var meta = doc.QuerySelector(".article-meta")!.TextContent;
        Assert.Contains("TASS", meta, StringComparison.Ordinal);
        Assert.Contains("000_ea4f55427d05f715.txt", meta, StringComparison.Ordinal);
        Assert.Contains("3 resolved, 1 not in gazetteer", meta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_only_http_source_urls()
    {
        var safe = await RenderAsync(Article(url: "https://tass.com/world/1"));
        var unsafeUrl = await RenderAsync(Article(url: "javascript:alert(1)"));

        Assert.Equal("https://tass.com/world/1", safe.QuerySelector(".article-meta a[rel]")!.GetAttribute("href"));
        Assert.Null(unsafeUrl.QuerySelector(".article-meta a[rel]"));
        Assert.DoesNotContain("javascript:", unsafeUrl.Body!.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }
}
