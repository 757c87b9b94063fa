using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Api;

/// <summary>A GeoJSON FeatureCollection of point events (RFC 7946: coordinates are [longitude, latitude]).</summary>
public sealed record EventFeatureCollection(IReadOnlyList<EventFeature> Features)
{
    public string Type => "FeatureCollection";

    public static EventFeatureCollection From(IEnumerable<EventRecord> events) =>
        new(events.Select(EventFeature.From).ToList());
}

/// <summary>One point event as a GeoJSON Feature.</summary>
public sealed record EventFeature(long Id, PointGeometry Geometry, EventProperties Properties)
{
    public string Type => "Feature";

    public static EventFeature From(EventRecord e) => new(
        e.Id,
        new PointGeometry([e.Longitude, e.Latitude]),
        new EventProperties(e.Id, e.Place, e.PlaceId, e.Mention, e.ArticleId, e.Title, e.Date, e.DatePrecision,
            e.Country, e.Level, Math.Round(e.Confidence, 3), e.Role, e.Source, e.Url, e.Sentence, e.ArticleDate, e.ArticleDatePrecision));
}

/// <summary>A GeoJSON Point: [longitude, latitude] in degrees, WGS 84.</summary>
public sealed record PointGeometry(double[] Coordinates)
{
    public string Type => "Point";
}

/// <summary>The properties of an event feature, as the API contract names them.</summary>
public sealed record EventProperties(
    long Id,
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
    string? Source,
    string? Url,
    string Sentence,
    DateOnly? ArticleDate,
    DatePrecision ArticleDatePrecision);
