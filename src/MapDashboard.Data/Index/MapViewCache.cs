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

    /// <summary>A flag per article is ~380 KB at a million events: a few sources and searches at a time.</summary>
    private const int ArticleFlagsCapacity = 16;

    internal RecentResults<MentionMatcher> Matchers { get; } = new(Capacity);

    /// <summary>
    /// Per snapshot, which articles a choice of sources, a text search, or both keep (see <see cref="MentionMatcher.CreateAsync"/>):
    /// asking the store for a search reads every matching id (a common word matches a third of a million articles).
    /// </summary>
    internal RecentResults<bool[]> ArticleFlags { get; } = new(ArticleFlagsCapacity);
    internal RecentResults<RowSet> RowSets { get; } = new(Capacity);
    internal RecentResults<ReportOrder> ReportOrders { get; } = new(Capacity);
    internal RecentResults<List<TimeBucket>> Histograms { get; } = new(AnswerCapacity);
    internal RecentResults<EventFacets> Facets { get; } = new(AnswerCapacity);

    /// <summary>A filter's area markers: the same for every pan and zoom of its view (up to 400 markers).</summary>
    internal RecentResults<AreaMarkers> Areas { get; } = new(AnswerCapacity);
}
