using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Tests.Splitting;

public class ArticleSplitterTests
{
    private static IReadOnlyList<ArticleText> Split(string content, string? mediaType = null) =>
        new ArticleSplitter().Split(new SourceDocument("test", content, mediaType));

    [Fact]
    public void Digest_HeadlineRepeatedAsCaption_AndCredits_AreNotArticles()
    {
        const string text = """
            Maj. Gen. Konashenkov says the battle for Raqqa will not start soon

            Maj. Gen. Konashenkov says the battle for Raqqa will not start soon

            © Sergei Bobylyov

            MOSCOW, March 17. /TASS/. The spokesman said the battle would not start soon.

            He said more.

            Second story about Homs and Hama today

            Syrian army units in Homs, a caption without a full stop


            The army advanced in Homs province.
            """;

        var articles = Split(text);

        Assert.Equal(2, articles.Count);
        Assert.Equal("MOSCOW, March 17. /TASS/. The spokesman said the battle would not start soon.\n\nHe said more.", articles[0].Body);
        Assert.Equal("TASS", articles[0].Source);
        Assert.Equal("The army advanced in Homs province.", articles[1].Body);
    }

    [Fact]
    public void FrontMatter_GivesTitleDateUrlAndSource()
    {
        const string text = "---\ntitle: Clashes in Homs\ndate: 2017-03-17\nurl: https://example.org/a\nsource: SANA\n---\nThe army advanced in Homs.\n\nMore.\n";

        var article = Assert.Single(Split(text));

        Assert.Equal("Clashes in Homs", article.Title);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), article.MetadataDate);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("SANA", article.Source);
        Assert.Equal("The army advanced in Homs.\n\nMore.", article.Body);
    }

    [Fact]
    public void Html_TakesTheArticleNotTheNavigation()
    {
        const string html = """
            <html><head><title>Site | Clashes</title><meta property="article:published_time" content="2017-03-17T09:00:00Z">
            <link rel="canonical" href="https://example.org/clashes"></head>
            <body><nav><a>Home</a><a>Paris office</a></nav><header>Breaking</header>
            <article><h1>Clashes in Homs</h1><figure><img><figcaption>Soldiers in Aleppo</figcaption></figure>
            <p>The army advanced in Homs.</p><p>Militants left al-Wa'er.</p><aside>Related: Moscow</aside></article>
            <footer>Contact London</footer><script>var x = "Berlin";</script></body></html>
            """;

        var article = Assert.Single(Split(html));

        Assert.Equal("Clashes in Homs", article.Title);
        Assert.Equal("The army advanced in Homs.\n\nMilitants left al-Wa'er.", article.Body);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), article.MetadataDate);
        Assert.Equal("https://example.org/clashes", article.Url);
    }

    [Fact]
    public void Rss_OneArticlePerItemWithLinkAndDate()
    {
        const string rss = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>FNA</title>
            <item><title>Clashes in Homs</title><link>https://example.org/1</link><pubDate>Fri, 17 Mar 2017 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;The army advanced in Homs.&lt;/p&gt;</description></item>
            <item><title>Talks in Astana</title><link>https://example.org/2</link><pubDate>Mon, 23 Jan 2017 08:00:00 +0300</pubDate>
            <description>Talks began.</description></item>
            </channel></rss>
            """;

        var articles = Split(rss);

        Assert.Equal(2, articles.Count);
        Assert.Equal("The army advanced in Homs.", articles[0].Body);
        Assert.Equal("https://example.org/2", articles[1].Url);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), articles[0].MetadataDate);
        Assert.Equal("FNA", articles[0].Source);
    }

    [Fact]
    public void Atom_OneArticlePerEntry()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
            <entry><title>Clashes in Homs</title><link href="https://example.org/1"/><published>2017-03-17T10:00:00Z</published>
            <summary>The army advanced in Homs.</summary></entry>
            </feed>
            """;

        var article = Assert.Single(Split(atom));

        Assert.Equal("Clashes in Homs", article.Title);
        Assert.Equal("https://example.org/1", article.Url);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), article.MetadataDate);
    }
}

public class DatelineTests
{
    [Theory]
    [InlineData("MOSCOW, March 17. /TASS/. The spokesman said.", "TASS", 3, 17)]
    [InlineData("DAMASCUS, March 3 (Reuters) - Clashes erupted.", "Reuters", 3, 3)]
    [InlineData("   (FNA)- The Syrian army advanced.", "FNA", null, null)]
    [InlineData("MOSCOW (Sputnik) — Talks began.", "Sputnik", null, null)]
    public void Datelines_GiveOutletAndDay(string body, string outlet, int? month, int? day)
    {
        var dateline = Dateline.Find(new ArticleText { Title = "T", Body = body, SourceName = "t", Position = 0 });

        Assert.NotNull(dateline);
        Assert.Equal(outlet, dateline.Outlet);
        Assert.Equal(month, dateline.Month);
        Assert.Equal(day, dateline.Day);
    }

    [Fact]
    public void Dateline_AfterALeadParagraph_IsFound()
    {
        var article = new ArticleText { Title = "T", Body = "Even optimists lose hope, the ministry said.\n\nMOSCOW.  Even the most optimistic souls...", SourceName = "t", Position = 0 };

        var dateline = Dateline.Find(article);

        Assert.NotNull(dateline);
        Assert.Equal("MOSCOW", article.Text.Substring(dateline.PlaceStart, dateline.PlaceLength));
    }
}

public class HtmlListingTests
{
    [Fact]
    public void Html_WithSeveralArticles_GivesOneArticlePerElement()
    {
        const string html = """
            <html><body><nav>Menu</nav><main>
            <article><h2>Clashes in Homs</h2><time datetime="2017-03-17">17 March</time><p>The army advanced in Homs.</p></article>
            <article><h2>Talks in Astana</h2><time datetime="2017-01-23">23 January</time><p>Talks began in Astana.</p></article>
            </main></body></html>
            """;

        var articles = new ArticleSplitter().Split(new SourceDocument("listing.html", html));

        Assert.Equal(["Clashes in Homs", "Talks in Astana"], articles.Select(a => a.Title));
        Assert.Equal("2017-01-23", articles[1].MetadataDate?.ToString());
        Assert.Equal("Talks began in Astana.", articles[1].Body.Split("\n\n")[^1]);
    }
}
