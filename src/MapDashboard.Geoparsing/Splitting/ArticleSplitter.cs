using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Cuts a source document into articles: plain-text digests (headline, captions, body), Markdown with YAML
/// front matter, HTML pages (article text, not navigation), RSS 2.0 / Atom feeds (one article per item), and JSON
/// articles (an object or an array of them: title, text, date, url, source).
/// The format is sniffed when <see cref="SourceDocument.MediaType"/> is null.
/// </summary>
public sealed class ArticleSplitter
{
    private readonly DigestSplitter _digest;
    private readonly GeoparserOptions _options;

    /// <summary>Creates a splitter with the given options, or the defaults.</summary>
    public ArticleSplitter(GeoparserOptions? options = null)
    {
        _options = options ?? new GeoparserOptions();
        _digest = new DigestSplitter(_options);
    }

    /// <summary>The articles of <paramref name="document"/>, in document order (captions and credits removed).</summary>
    public IReadOnlyList<ArticleText> Split(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var format = FormatSniffer.Sniff(document);
        return format switch
        {
            DocumentFormat.Html => HtmlArticleReader.Read(document, _digest),
            DocumentFormat.Rss or DocumentFormat.Atom => ReadFeed(document),
            DocumentFormat.FrontMatter => FrontMatterReader.Read(document, _digest),
            DocumentFormat.Json => ReadJson(document),
            _ => _digest.Split(document, document.Content, LatestDate(document.Content)),
        };
    }

    // A truncated or malformed feed is still read, leniently, as markup: a bad import must not fail the batch.
    private IReadOnlyList<ArticleText> ReadFeed(SourceDocument document)
    {
        try
        {
            return FeedReader.Read(document);
        }
        catch (System.Xml.XmlException)
        {
            return HtmlArticleReader.Read(document, _digest);
        }
    }

    // Not JSON after all (or nested past any article list): read as the plain text it is.
    private IReadOnlyList<ArticleText> ReadJson(SourceDocument document)
    {
        try
        {
            return JsonArticleReader.Read(document);
        }
        catch (System.Text.Json.JsonException)
        {
            return _digest.Split(document, document.Content, LatestDate(document.Content));
        }
    }

    /// <summary>The latest complete date stated in <paramref name="text"/>, as a day, or null.</summary>
    internal static FuzzyDate? LatestDate(string text) =>
        DateExpressionFinder.LatestCompleteDate(text) is { } d ? FuzzyDate.Day(d) : null;
}
