using MapDashboard.Data.Queries;

namespace MapDashboard.Data.Index;

/// <summary>
/// The compiled filters, matching rows, sorted report lists and small answers of the last few filters, keyed by
/// filter and snapshot version (a new snapshot never reuses a stale answer). One view of the map page is several
/// requests over a few filters (the view's, without its box, without its dates, without its facet choices) while
/// other users' views come in between: room for a few dozen. A singleton beside the <see cref="EventIndex"/>.
/// </summary>
public sealed class MapViewCache
{
    /// <summary>A row set is ~160 KB at a million events, a matcher with a source or text condition a byte per article.</summary>
    private const int Capacity = 64;

    /// <summary>Histograms and facets are a few KB each.</summary>
    private const int AnswerCapacity = 128;

    /// <summary>A text search's articles, a flag per article (~380 KB at a million events): a few searches at a time.</summary>
    private const int TextCapacity = 16;

    internal RecentResults<MentionMatcher> Matchers { get; } = new(Capacity);

    /// <summary>
    /// Per snapshot and search, which articles the full-text index matches: every filter of a view with a search
    /// (the view's, without its box, without its dates, each popup's) needs the same ones, and asking the store reads
    /// every matching id (a common word matches a third of a million articles).
    /// </summary>
    internal RecentResults<bool[]> TextMatches { get; } = new(TextCapacity);
    internal RecentResults<RowSet> RowSets { get; } = new(Capacity);
    internal RecentResults<ReportOrder> ReportOrders { get; } = new(Capacity);
    internal RecentResults<List<TimeBucket>> Histograms { get; } = new(AnswerCapacity);
    internal RecentResults<EventFacets> Facets { get; } = new(AnswerCapacity);
}
