using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Reads an HTML page: the article text, not the navigation. Prefers <c>&lt;article&gt;</c> (one article per
/// element when a page lists several), then <c>&lt;main&gt;</c>, then the body; drops nav, header, footer,
/// aside, script, style, forms and figure captions.
/// </summary>
internal static class HtmlArticleReader
{
    private const string Boilerplate = "nav, header, footer, aside, script, style, noscript, form, figure, figcaption, iframe, template, button";
    private const string Blocks = "p, h2, h3, h4, h5, h6, blockquote, li, pre";

    public static IReadOnlyList<ArticleText> Read(SourceDocument document, DigestSplitter digest)
    {
        if (MarkupDepth.IsTooDeep(document.Content))
        {
            var flat = MarkupDepth.Flatten(document.Content);
            return digest.Split(document, flat, ArticleSplitter.LatestDate(flat));
        }
        var page = new HtmlParser().ParseDocument(document.Content);
        var pageTitle = Meta(page, "og:title") ?? page.Title?.Trim();
        var date = FrontMatterReader.ParseDate(Meta(page, "article:published_time") ?? Meta(page, "date") ?? Meta(page, "pubdate")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url");
        var source = Meta(page, "og:site_name");
        var documentDate = ArticleSplitter.LatestDate(page.Body?.TextContent ?? "");

        var roots = page.QuerySelectorAll("article").Where(a => a.ParentElement?.Closest("article") is null).ToList();
        if (roots.Count == 0) roots = [page.QuerySelector("main") ?? page.QuerySelector("[role=main]") ?? page.Body ?? page.DocumentElement];
        var articles = new List<ArticleText>();
        foreach (var root in roots)
        {
            var heading = root.QuerySelector("h1") ?? (roots.Count > 1 ? root.QuerySelector("h2, h3") : null);
            var title = Clean(heading?.TextContent) is { Length: > 0 } h ? h : pageTitle ?? "";
            foreach (var junk in root.QuerySelectorAll(Boilerplate).ToList()) junk.Remove();
            heading?.Remove();
            var paragraphs = root.QuerySelectorAll(Blocks)
                .Where(e => e.QuerySelector(Blocks) is null)
                .Select(e => Clean(e.TextContent))
                .Where(t => t.Length > 0 && !CaptionRules.IsCredit(t) && !CaptionRules.HasPhotoCue(t))
                .ToList();
            if (paragraphs.Count == 0)
            {
                var text = root.TextContent;
                paragraphs = TextBlock.Read(text).Select(b => Clean(b.Text)).Where(t => t.Length > 0).ToList();
            }
            if (paragraphs.Count == 0 && title.Length == 0) continue;
            var article = new ArticleText
            {
                Title = title,
                Body = string.Join("\n\n", paragraphs),
                SourceName = document.Name,
                Position = articles.Count,
                Url = url,
                MetadataDate = roots.Count == 1 ? date : FrontMatterReader.ParseDate(root.QuerySelector("time[datetime]")?.GetAttribute("datetime")) ?? date,
                DocumentDate = documentDate,
            };
            articles.Add(article with { Source = Dateline.Find(article)?.Outlet ?? source });
        }
        return articles;
    }

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
