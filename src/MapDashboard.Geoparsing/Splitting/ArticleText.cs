using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// One article cut out of a source document. <see cref="Text"/> is the title, a blank line, then the body;
/// every offset the later stages produce is in UTF-16 code units of <see cref="Text"/>.
/// </summary>
public sealed record ArticleText
{
    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The body paragraphs, separated by blank lines; captions and credits removed.</summary>
    public required string Body { get; init; }

    /// <summary>The outlet named by the text or metadata ("TASS", "FNA", "SANA"), if any.</summary>
    public string? Source { get; init; }

    /// <summary>The article's URL from metadata or a feed item, if any.</summary>
    public string? Url { get; init; }

    /// <summary>A date given by metadata (front matter, feed item, HTML meta), which beats any date in the text.</summary>
    public FuzzyDate? MetadataDate { get; init; }

    /// <summary>
    /// The latest complete date (day, month and year) stated anywhere in the source document, captions included.
    /// The dater falls back to it, and takes the year of a bare "March 17" from it, when the article lacks its own.
    /// </summary>
    public FuzzyDate? DocumentDate { get; init; }

    /// <summary>The source document's name.</summary>
    public required string SourceName { get; init; }

    /// <summary>0-based position of the article within its source document.</summary>
    public required int Position { get; init; }

    /// <summary>Title, blank line, body: the text the offsets refer to.</summary>
    public string Text => Title + "\n\n" + Body;

    /// <summary>Offset of the body within <see cref="Text"/>.</summary>
    public int BodyOffset => Title.Length + 2;
}
