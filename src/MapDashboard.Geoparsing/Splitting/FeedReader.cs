using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>Reads RSS 2.0 (and RSS 1.0) and Atom feeds: one article per item, with its link and date.</summary>
internal static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static IReadOnlyList<ArticleText> Read(SourceDocument document)
    {
        var content = document.Content.TrimStart('\uFEFF');
        // Refused before the tree is built (the caller reads it as flattened markup instead): see MarkupDepth.
        if (MarkupDepth.IsTooDeep(content)) throw new XmlException($"the feed nests elements more than {MarkupDepth.MaxDepth} deep");
        var xml = XDocument.Parse(content, LoadOptions.None);
        var root = xml.Root ?? throw new XmlException("Empty feed.");
        var isAtom = root.Name == Atom + "feed";
        var feedTitle = isAtom ? root.Element(Atom + "title")?.Value : root.Descendants().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
        var items = isAtom ? root.Elements(Atom + "entry") : root.Descendants().Where(e => e.Name.LocalName == "item");
        var articles = new List<ArticleText>();
        foreach (var item in items)
        {
            string? Child(XName name) => item.Element(name)?.Value;
            string? Local(string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            var title = (isAtom ? Child(Atom + "title") : Local("title"))?.Trim() ?? "";
            var html = isAtom
                ? Child(Atom + "content") ?? Child(Atom + "summary")
                : Child(Content + "encoded") ?? Local("description");
            var link = isAtom
                ? (item.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value)
                : Local("link")?.Trim();
            var date = isAtom
                ? Child(Atom + "published") ?? Child(Atom + "updated")
                : Local("pubDate") ?? Child(Dc + "date");
            var paragraphs = Paragraphs(html ?? "");
            var article = new ArticleText
            {
                Title = title,
                Body = string.Join("\n\n", paragraphs),
                SourceName = document.Name,
                Position = articles.Count,
                Url = link,
                MetadataDate = FrontMatterReader.ParseDate(date),
            };
            articles.Add(article with { Source = Dateline.Find(article)?.Outlet ?? feedTitle?.Trim() });
        }
        return articles;
    }

    // Item descriptions are HTML more often than not.
    private static List<string> Paragraphs(string html)
    {
        if (MarkupDepth.IsTooDeep(html)) html = MarkupDepth.Flatten(html);
        if (!html.Contains('<')) return TextBlock.Read(html).Select(b => b.Text.Trim()).Where(t => t.Length > 0).ToList();
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var junk in doc.QuerySelectorAll("script, style, figure, figcaption").ToList()) junk.Remove();
        var blocks = doc.QuerySelectorAll("p, li, h2, h3, h4, blockquote").Where(e => e.QuerySelector("p, li") is null)
            .Select(e => Clean(e.TextContent)).Where(t => t.Length > 0).ToList();
        return blocks.Count > 0 ? blocks : [Clean(doc.Body?.TextContent)];
    }

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
