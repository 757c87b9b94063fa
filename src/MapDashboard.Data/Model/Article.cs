using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Data.Model;

/// <summary>A stored article. <see cref="Text"/> is the title, a blank line, then the body; mention offsets refer to it.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public int BodyOffset { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }

    /// <summary>Name of the file (or upload) the article came from.</summary>
    public required string SourceName { get; set; }

    /// <summary>0-based position within that file.</summary>
    public int Position { get; set; }

    /// <summary>The article date (first day of the month/year for coarser precisions), null when unknown.</summary>
    public DateOnly? Date { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>SHA-256 of the article text, hex: the same article imported twice is stored once.</summary>
    public required string ContentHash { get; set; }
    public DateTime IngestedAtUtc { get; set; }

    public long SourceFileId { get; set; }
    public SourceFile? SourceFile { get; set; }
    public List<Mention> Mentions { get; set; } = [];
}
