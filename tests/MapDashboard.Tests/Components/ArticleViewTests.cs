using Bunit;
using MapDashboard.Components.Articles;
using MapDashboard.Data.Queries;
using MapDashboard.Geoparsing.Dating;
using static MapDashboard.Tests.Components.SampleData;

namespace MapDashboard.Tests.Components;

public class ArticleViewTests : BunitContext
{
    private IRenderedComponent<ArticleView> RenderArticle(ArticleDetail article) =>
        Render<ArticleView>(p => p.Add(v => v.Article, article));

    [Theory]
    [InlineData(DatePrecision.Day, "17 March 2017", "2017-03-17")]
    [InlineData(DatePrecision.Month, "March 2017", "2017-03")]
    [InlineData(DatePrecision.Year, "2017 (year only)", "2017")]
    public void Shows_the_date_with_its_precision(DatePrecision precision, string words, string iso)
    {
        var date = precision switch
        {
            DatePrecision.Day => new DateOnly(2017, 3, 17),
            DatePrecision.Month => new DateOnly(2017, 3, 1),
            _ => new DateOnly(2017, 1, 1),
        };
        var cut = RenderArticle(Article(date, precision));

        var time = cut.Find(".article-meta time");
        Assert.Equal(words, time.TextContent);
        Assert.Equal(iso, time.GetAttribute("datetime"));
    }

    [Fact]
    public void Unknown_date_is_said_in_words()
    {
        var cut = RenderArticle(Article() with { Date = null, DatePrecision = DatePrecision.Unknown });

        Assert.Empty(cut.FindAll(".article-meta time"));
        Assert.Equal("date unknown", cut.Find(".article-meta .date").TextContent);
    }

    [Fact]
    public void Shows_title_with_its_places_source_and_source_file()
    {
        var cut = RenderArticle(Article());

        Assert.Equal(Title, cut.Find("h1").TextContent);
        Assert.Equal("m1", cut.Find("h1 a.place").Id);
        var meta = cut.Find(".article-meta").TextContent;
        Assert.Contains("TASS", meta, StringComparison.Ordinal);
        Assert.Contains("000_ea4f55427d05f715.txt", meta, StringComparison.Ordinal);
        Assert.Contains("3 resolved, 1 not in gazetteer", meta, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_only_http_source_urls()
    {
        var safe = RenderArticle(Article(url: "https://tass.com/world/1"));
        var unsafeUrl = RenderArticle(Article(url: "javascript:alert(1)"));

        Assert.Equal("https://tass.com/world/1", safe.Find(".article-meta a[rel]").GetAttribute("href"));
        Assert.Empty(unsafeUrl.FindAll(".article-meta a[rel]"));
        Assert.DoesNotContain("javascript:", unsafeUrl.Markup, StringComparison.OrdinalIgnoreCase);
    }
}
