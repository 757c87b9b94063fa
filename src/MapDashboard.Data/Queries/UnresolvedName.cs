using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Data.Queries;

/// <summary>
/// A place-like name the gazetteer lacks, as written, with where it occurs: the review list from which a
/// user places it (a correction) or dismisses it.
/// </summary>
public sealed record UnresolvedName(string Name, int Count, IReadOnlyList<UnresolvedOccurrence> Occurrences);

/// <summary>One occurrence of an unresolved name: the mention and its article.</summary>
public sealed record UnresolvedOccurrence(long MentionId, long ArticleId, string Title, DateOnly? Date, DatePrecision DatePrecision);
