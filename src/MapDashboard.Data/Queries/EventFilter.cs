using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Data.Queries;

/// <summary>A bounding box in degrees, WGS 84: west, south, east, north (longitude first, as in GeoJSON).</summary>
public readonly record struct BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>Whether a point (longitude, latitude) lies inside, edges included.</summary>
    public bool Contains(double lon, double lat) => lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;
}

/// <summary>
/// Which events to return. A dated event is in range when its date interval (a day, a month or a year,
/// by precision) overlaps [<see cref="From"/>, <see cref="To"/>]; undated events are included when
/// <see cref="IncludeUndated"/> is set.
/// </summary>
public sealed record EventFilter
{
    /// <summary>First day of the range, inclusive; null for open.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the range, inclusive; null for open.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only events inside this box; null for the whole world.</summary>
    public BoundingBox? Box { get; init; }

    /// <summary>Whether events with an unknown date are returned.</summary>
    public bool IncludeUndated { get; init; } = true;

    /// <summary>
    /// Only events with an unknown date (the map page shows them apart from any date range: their own count,
    /// toggle and list). From and To are then ignored.
    /// </summary>
    public bool UndatedOnly { get; init; }

    /// <summary>
    /// Only events of articles stored up to this id; null for all. An open dashboard shows the corpus as of the
    /// article it last loaded, so reports stored meanwhile wait behind its "N new reports" button instead of
    /// moving the markers under the user's pointer.
    /// </summary>
    public long? MaxArticleId { get; init; }

    /// <summary>Only events resolved with at least this confidence (0-1); null for all.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>Only these roles; null or empty for all.</summary>
    public IReadOnlySet<MentionRole>? Roles { get; init; }

    /// <summary>Only events at this gazetteer place.</summary>
    public long? PlaceId { get; init; }

    /// <summary>Only events in articles whose title or body match this full-text search; null for all.</summary>
    public SearchQuery? Text { get; init; }

    /// <summary>Only events in these countries (ISO 3166-1 alpha-2, upper case); null or empty for all.</summary>
    public IReadOnlySet<string>? Countries { get; init; }

    /// <summary>
    /// Only events from articles of these sources (the outlet, as stored; "" stands for articles with no source);
    /// null or empty for all.
    /// </summary>
    public IReadOnlySet<string>? Sources { get; init; }

    /// <summary>Only events at places of these levels; null or empty for all.</summary>
    public IReadOnlySet<PlaceLevel>? Levels { get; init; }
}
