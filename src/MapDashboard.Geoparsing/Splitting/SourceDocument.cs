namespace MapDashboard.Geoparsing.Splitting;

/// <summary>One input file (or pasted text) before it is split into articles.</summary>
/// <param name="Name">File name or label, kept as provenance ("000_ea4f55427d05f715.txt").</param>
/// <param name="Content">The whole text as read (UTF-8 decoded).</param>
/// <param name="MediaType">What the content is, when known: text/plain, text/markdown, text/html, application/rss+xml, application/atom+xml, application/json; null to sniff.</param>
public sealed record SourceDocument(string Name, string Content, string? MediaType = null);
