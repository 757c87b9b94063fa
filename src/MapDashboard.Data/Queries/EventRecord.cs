using System.Text.Json.Serialization;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Data.Queries;

/// <summary>
/// One point event: a resolved place mention in an article. <see cref="Longitude"/> and <see cref="Latitude"/>
/// are WGS 84 degrees (SRID 4326). <see cref="Date"/> is the event's date; the article's own date, its source, address
/// and the sentence that names the place are the provenance an analyst cites.
/// </summary>
public sealed record EventRecord(
    long Id,
    double Longitude,
    double Latitude,
    string Place,
    long PlaceId,
    string Mention,
    long ArticleId,
    string Title,
    DateOnly? Date,
    DatePrecision DatePrecision,
    string Country,
    PlaceLevel Level,
    double Confidence,
    MentionRole Role,
    string? Source = null,
    string? Url = null,
    string Sentence = "",
    DateOnly? ArticleDate = null,
    DatePrecision ArticleDatePrecision = DatePrecision.Unknown);

/// <summary>An article in the list: its event count counts resolved mentions.</summary>
public sealed record ArticleSummary(long Id, string Title, DateOnly? Date, DatePrecision DatePrecision, string? Source, int EventCount);

/// <summary>
/// One mention inside an article. <see cref="Start"/> and <see cref="End"/> are UTF-16 code units of
/// <see cref="ArticleDetail.Text"/> (end exclusive). Coordinates are null when the mention is unresolved.
/// </summary>
public sealed record MentionDetail(
    long Id,
    int Start,
    int End,
    string Text,
    long? PlaceId,
    string? Place,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("lon")] double? Longitude,
    MentionRole Role,
    PlaceLevel? Level,
    string? Country,
    double Confidence)
{
    /// <summary>Whether a user corrected or dismissed the place.</summary>
    public Model.MentionReview Review { get; init; }
}

/// <summary>
/// An article with its text and mentions. <see cref="Text"/> is the title, a blank line, then the body;
/// the body starts at <see cref="BodyOffset"/>.
/// </summary>
public sealed record ArticleDetail(
    long Id,
    string Title,
    string Text,
    int BodyOffset,
    DateOnly? Date,
    DatePrecision DatePrecision,
    string? Source,
    string? Url,
    string SourceName,
    IReadOnlyList<MentionDetail> Mentions);

/// <summary>
/// One article reporting a place, for the map's popup: the sentence holding the mention with the
/// mention at [<see cref="HighlightStart"/>, +<see cref="HighlightLength"/>) of <see cref="Sentence"/>.
/// </summary>
public sealed record PlaceReport(
    long ArticleId,
    long MentionId,
    string Title,
    DateOnly? Date,
    DatePrecision DatePrecision,
    string Sentence,
    int HighlightStart,
    int HighlightLength)
{
    /// <summary>The article's outlet; null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>How sure the geoparser was of this placement (0-1; 1.0 once a user corrected it).</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The mention's role in its sentence.</summary>
    public MentionRole Role { get; init; }
}

/// <summary>Everything the popup of one place shows: the place and its reports, newest first.</summary>
public sealed record PlaceReports(
    long PlaceId,
    string Place,
    string Country,
    PlaceLevel Level,
    double Latitude,
    double Longitude,
    IReadOnlyList<PlaceReport> Reports);

/// <summary>One value of a facet (a country code, a source, a level, a role) and how many events have it.</summary>
/// <param name="Value">The value as the address spells it ("SY", "Reuters", "city", "event"; "" for no source).</param>
/// <param name="Count">Events (resolved mentions) with it.</param>
public sealed record FacetCount(string Value, int Count)
{
    /// <summary>Reports (distinct articles) with it; null where only events were counted.</summary>
    public int? Reports { get; init; }
}

/// <summary>Event counts by country, source, level and role, for the filter panel.</summary>
public sealed record EventFacets(
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<FacetCount> Roles)
{
    /// <summary>
    /// From facets counted with each facet's own choice left out (<see cref="IMapViewQueries.GetFacetsAsync"/>), the
    /// counts with every choice of <paramref name="filter"/> applied, as <c>/api/facets</c> answers: a value outside
    /// its facet's choice counts nothing and is dropped (a value inside it counts the same either way), and so is
    /// "no source"; most events first.
    /// </summary>
    public EventFacets Within(EventFilter filter) => new(
        Kept(Countries, filter.Countries),
        Kept(Sources.Where(c => c.Value.Length > 0), filter.Sources),
        Kept(Levels, filter.Levels?.Select(Spelled).ToHashSet(StringComparer.Ordinal)),
        Kept(Roles, filter.Roles?.Select(Spelled).ToHashSet(StringComparer.Ordinal)));

    private static string Spelled<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static List<FacetCount> Kept(IEnumerable<FacetCount> counts, IReadOnlySet<string>? chosen) =>
    [
        .. counts.Where(c => chosen is not { Count: > 0 } || chosen.Contains(c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal),
    ];
}
