namespace MapDashboard.Geoparsing.Splitting;

/// <summary>The document formats the splitter reads.</summary>
internal enum DocumentFormat
{
    PlainText,
    FrontMatter,
    Html,
    Rss,
    Atom,
    Json,
}

/// <summary>Decides a document's format from its media type, else from how its content begins.</summary>
internal static class FormatSniffer
{
    public static DocumentFormat Sniff(SourceDocument document)
    {
        var head = document.Content.AsSpan().TrimStart("\uFEFF \t\r\n".AsSpan());
        var start = head[..Math.Min(head.Length, 2048)].ToString();
        var lower = start.ToLowerInvariant();
        switch (document.MediaType?.ToLowerInvariant())
        {
            case "text/html" or "application/xhtml+xml":
                return DocumentFormat.Html;
            case "application/rss+xml":
                return DocumentFormat.Rss;
            case "application/atom+xml":
                return DocumentFormat.Atom;
            case "application/json":
                return DocumentFormat.Json;
            case "application/xml" or "text/xml":
                return lower.Contains("<feed") ? DocumentFormat.Atom : DocumentFormat.Rss;
            case "text/markdown" or "text/plain":
                return start.StartsWith("---", StringComparison.Ordinal) ? DocumentFormat.FrontMatter : DocumentFormat.PlainText;
        }
        if (start.StartsWith("---", StringComparison.Ordinal)) return DocumentFormat.FrontMatter;
        if (start.StartsWith('{') || start.StartsWith('[')) return DocumentFormat.Json;
        if (!start.StartsWith('<')) return DocumentFormat.PlainText;
        if (lower.Contains("<rss") || lower.Contains("<rdf:rdf")) return DocumentFormat.Rss;
        if (lower.Contains("<feed")) return DocumentFormat.Atom;
        return DocumentFormat.Html;
    }
}
