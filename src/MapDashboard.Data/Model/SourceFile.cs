namespace MapDashboard.Data.Model;

/// <summary>A file (or pasted text) that was ingested; its hash stops the same file being ingested twice.</summary>
public sealed class SourceFile
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public required string ContentHash { get; set; }
    public DateTime IngestedAtUtc { get; set; }
    public int ArticleCount { get; set; }
    public List<Article> Articles { get; set; } = [];
}
