using System.Text.Json;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Reads JSON articles: one object, or an array of them (or an object whose <c>articles</c> or <c>items</c> is
/// such an array), each with <c>title</c>, <c>text</c>, and optionally <c>date</c>, <c>url</c>, <c>source</c>.
/// Uploads of <c>.json</c> were stored as raw text, braces and keys geoparsed as prose.
/// </summary>
internal static class JsonArticleReader
{
    // Articles are flat: anything nested deeper is no article list (and System.Text.Json stops there, in linear time).
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The articles of a JSON document.</summary>
    /// <exception cref="JsonException">The content is not JSON, or too deep; the splitter then reads it as text.</exception>
    public static IReadOnlyList<ArticleText> Read(SourceDocument document)
    {
        using var json = JsonDocument.Parse(document.Content, Options);
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Object && (Property(root, "articles") ?? Property(root, "items")) is { ValueKind: JsonValueKind.Array } list) root = list;
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        var articles = new List<ArticleText>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            var title = Text(item, "title") ?? "";
            var body = Text(item, "text") ?? "";
            if (title.Length == 0 && body.Length == 0) continue;
            var paragraphs = TextBlock.Read(body).Select(b => b.Text.Trim()).Where(t => t.Length > 0);
            var article = new ArticleText
            {
                Title = title,
                Body = string.Join("\n\n", paragraphs),
                SourceName = document.Name,
                Position = articles.Count,
                Url = Text(item, "url"),
                MetadataDate = FrontMatterReader.ParseDate(Text(item, "date")),
                DocumentDate = ArticleSplitter.LatestDate(body),
            };
            articles.Add(article with { Source = Text(item, "source") ?? Dateline.Find(article)?.Outlet });
        }
        return articles;
    }

    private static JsonElement? Property(JsonElement item, string name)
    {
        foreach (var p in item.EnumerateObject())
        {
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        }
        return null;
    }

    private static string? Text(JsonElement item, string name) =>
        Property(item, name) is { ValueKind: JsonValueKind.String } v && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;
}
