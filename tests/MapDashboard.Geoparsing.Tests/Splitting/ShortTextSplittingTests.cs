using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Tests.Splitting;

/// <summary>Input is never dropped: text without a headline-like line is still one article.</summary>
public sealed class ShortTextSplittingTests
{
    [Fact]
    public void AShortTitleAndOneSentenceMakeOneArticle()
    {
        var articles = new ArticleSplitter().Split(new SourceDocument("brief.txt", "Raqqa besieged\n\nFighting continued in Raqqa, Syria.\n"));

        var article = Assert.Single(articles);
        Assert.Equal("Raqqa besieged", article.Title);
        Assert.Equal("Fighting continued in Raqqa, Syria.", article.Body);
    }

    [Fact]
    public void OneLineOfTextIsAnArticleWithATitleOnly()
    {
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("note.txt", "Shelling near Homs.")));
        Assert.Equal("Shelling near Homs.", article.Title);
    }

    [Fact]
    public void EmptyTextHasNoArticles() =>
        Assert.Empty(new ArticleSplitter().Split(new SourceDocument("empty.txt", "  \n\n ")));
}
