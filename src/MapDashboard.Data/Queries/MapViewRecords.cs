using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Data.Queries;

/// <summary>The corpus unfiltered: counts, the span of dated events, the sources and countries for the filters.</summary>
/// <param name="Reports">Articles with at least one resolved event.</param>
/// <param name="DatedEvents">Resolved events with a date.</param>
/// <param name="UndatedEvents">Resolved events whose date is unknown.</param>
/// <param name="FirstDay">The first day of the earliest dated event; null when none is dated.</param>
/// <param name="LastDay">The last day of the latest dated event; null when none is dated.</param>
/// <param name="LatestArticleId">The highest article id stored (0 when empty).</param>
/// <param name="Sources">The outlets, sorted; articles without one are counted under "" (unknown source).</param>
/// <param name="Countries">ISO 3166-1 alpha-2 codes of the events' countries, sorted.</param>
public sealed record CorpusSummary(
    int Reports,
    int DatedEvents,
    int UndatedEvents,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    long LatestArticleId,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Countries);

/// <summary>Counts of one selection: reports are distinct articles, events are resolved mentions.</summary>
public sealed record EventCounts(int Reports, int Events, int Places);

/// <summary>
/// One marker on the map: a single place (<see cref="PlaceId"/> set, <see cref="Places"/> = 1) or a cluster of
/// nearby places (PlaceId null, <see cref="Bounds"/> the box of its places, to zoom into). Coordinates are WGS 84
/// degrees; a cluster sits at the event-weighted centre of its places.
/// </summary>
public sealed record MapMarker(
    double Latitude,
    double Longitude,
    int Reports,
    int Events,
    int Places,
    long? PlaceId,
    string? Place,
    string? Country,
    PlaceLevel? Level,
    MentionRole Role,
    double Confidence,
    BoundingBox? Bounds)
{
    /// <summary>Whether this marker is one place rather than a cluster.</summary>
    public bool IsPlace => PlaceId is not null;
}

/// <summary>
/// What one view of the map draws. <see cref="Points"/>: places at city level and finer (and features), clustered
/// by zoom. <see cref="Areas"/>: countries, first-level divisions and regions, one each, never clustered, drawn as
/// shapes or area symbols. <see cref="Truncated"/>: the view held more markers than are sent (the rest are in
/// clusters or, for areas, the least-reported ones are left out).
/// </summary>
public sealed record MapMarkers(IReadOnlyList<MapMarker> Points, IReadOnlyList<MapMarker> Areas, bool Truncated);

/// <summary>The width of a histogram bar.</summary>
public enum TimeBucketSize
{
    Day,
    /// <summary>ISO weeks, starting on Monday.</summary>
    Week,
    Month,
    Year,
}

/// <summary>One bar of the histogram: the bucket's first day, its reports (distinct articles) and events.</summary>
public sealed record TimeBucket(DateOnly Start, int Reports, int Events);

/// <summary>One report in the list beside the map: an article and the places of it that match the filter.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Source">Its outlet; null when unknown.</param>
/// <param name="Date">The date of its newest matching event (its precision beside it); null when undated.</param>
/// <param name="DatePrecision">How precise <paramref name="Date"/> is.</param>
/// <param name="Places">Up to three of its matching places, the first mentioned first.</param>
/// <param name="PlaceCount">How many distinct places of it match.</param>
public sealed record ReportListItem(
    long ArticleId,
    string Title,
    string? Source,
    DateOnly? Date,
    DatePrecision DatePrecision,
    IReadOnlyList<ReportPlace> Places,
    int PlaceCount);

/// <summary>A place of a report in the list, with the mention to scroll to and where to centre the map.</summary>
public sealed record ReportPlace(long PlaceId, string Place, long MentionId, double Latitude, double Longitude, PlaceLevel Level,
    MentionRole Role, double Confidence)
{
    /// <summary>The place's country (ISO 3166-1 alpha-2), for "Mosul, IQ"; null when unknown.</summary>
    public string? Country { get; init; }
}

/// <summary>
/// One page of a place's popup: the place, how many reports match in all, and this page of them (newest first).
/// </summary>
public sealed record PlaceReportPage(
    long PlaceId,
    string Place,
    string Country,
    PlaceLevel Level,
    double Latitude,
    double Longitude,
    int TotalReports,
    IReadOnlyList<PlaceReport> Reports);
