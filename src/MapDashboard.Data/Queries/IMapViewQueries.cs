namespace MapDashboard.Data.Queries;

/// <summary>
/// The reads that draw one view of the map page. Every answer is bounded in size whatever the corpus
/// holds (a million events answers as fast as ten thousand): the browser never holds the corpus.
/// Filters mean what <see cref="EventFilter"/> says, and nothing else defines them.
/// </summary>
public interface IMapViewQueries
{
    /// <summary>The corpus at a glance, unfiltered: for the page's first render and the time axis.</summary>
    Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The markers of one view: point places in <paramref name="box"/> (one marker per place, or a cluster
    /// of nearby places where they would overlap at <paramref name="zoom"/>), and the areas (countries,
    /// first-level divisions, regions) that the filtered events name, each once with its counts.
    /// </summary>
    /// <param name="filter">Which events count; its own <see cref="EventFilter.Box"/> is ignored.</param>
    /// <param name="box">The visible box, WGS 84 degrees.</param>
    /// <param name="zoom">The Leaflet zoom level (0-20): sets the clustering distance.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<MapMarkers> GetMarkersAsync(EventFilter filter, BoundingBox box, int zoom, CancellationToken cancellationToken = default);

    /// <summary>How many reports (distinct articles), events (resolved mentions) and places the filter selects.</summary>
    Task<EventCounts> CountAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Dated events matching the filter per bucket of <paramref name="size"/> between <paramref name="from"/> and
    /// <paramref name="to"/> (inclusive), ordered by start; only non-empty buckets. An event falls in the bucket of
    /// its first day. The filter's own From/To are ignored (the axis shows the whole span, the range is drawn on it).
    /// </summary>
    Task<IReadOnlyList<TimeBucket>> GetHistogramAsync(EventFilter filter, DateOnly from, DateOnly to, TimeBucketSize size,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The filter panel's counts: per value of each facet (role, level, country, source), the reports (distinct
    /// articles; <see cref="FacetCount.Reports"/>) and events (<see cref="FacetCount.Count"/>) that ticking it would
    /// show, each facet's own choice in <paramref name="filter"/> left out of its own counts (the other facets' and
    /// every other condition kept). Values with no event are absent; "" counts the articles with no source. Most
    /// reports first. <see cref="EventFacets.Within"/> turns it into the counts under the whole filter.
    /// </summary>
    Task<EventFacets> GetFacetsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the list beside the map: the reports (articles) with events matching the filter, newest event
    /// first (undated last), each with its matching places. <see cref="CountAsync"/>'s Reports is the list's length.
    /// </summary>
    Task<IReadOnlyList<ReportListItem>> GetReportPageAsync(EventFilter filter, int offset, int count,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of a marker's popup: the reports of one place matching the filter, newest first, each with the
    /// sentence holding its first mention of the place (never the whole article). Null when no event matching the
    /// filter has the place.
    /// </summary>
    Task<PlaceReportPage?> GetPlaceReportPageAsync(long placeId, EventFilter filter, int offset, int count,
        CancellationToken cancellationToken = default);

    /// <summary>The highest article id stored: a dashboard compares it with what it has shown to say "N new reports".</summary>
    Task<long> GetLatestArticleIdAsync(CancellationToken cancellationToken = default);

    /// <summary>How many reports stored after <paramref name="afterArticleId"/> have events matching the filter.</summary>
    Task<int> CountNewReportsAsync(EventFilter filter, long afterArticleId, CancellationToken cancellationToken = default);
}
