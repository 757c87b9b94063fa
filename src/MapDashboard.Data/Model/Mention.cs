using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Model;

/// <summary>
/// A place name found in an article. Resolved mentions (with a <see cref="PlaceId"/>) are the map's point
/// events; unresolved ones are kept for review. <see cref="Start"/>/<see cref="Length"/> are UTF-16 code units
/// of <see cref="Article.Text"/>.
/// </summary>
public sealed class Mention
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }

    public int Start { get; set; }
    public int Length { get; set; }

    /// <summary>The name as written.</summary>
    public required string Text { get; set; }
    public MentionRole Role { get; set; }

    /// <summary>Gazetteer id of the resolved place; null when unresolved.</summary>
    public long? PlaceId { get; set; }
    public string? PlaceName { get; set; }
    public string? CountryCode { get; set; }
    public PlaceLevel? Level { get; set; }

    /// <summary>The place's point, SRID 4326 (X = longitude, Y = latitude); stored as WKB.</summary>
    public Point? Location { get; set; }

    /// <summary>Longitude in degrees, duplicated from <see cref="Location"/> for indexed range queries.</summary>
    public double? Longitude { get; set; }

    /// <summary>Latitude in degrees, duplicated from <see cref="Location"/> for indexed range queries.</summary>
    public double? Latitude { get; set; }
    public double Confidence { get; set; }
    public string Evidence { get; set; } = "";

    /// <summary>Ids of the other candidates considered, best first, comma-separated.</summary>
    public string Alternatives { get; set; } = "";

    /// <summary>The event date (first day of its month/year for coarser precisions).</summary>
    public DateOnly? Date { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>First day the event date may be: equals <see cref="Date"/>.</summary>
    public DateOnly? DateStart { get; set; }

    /// <summary>Last day the event date may be: the day, the month's or the year's last day by precision.</summary>
    public DateOnly? DateEnd { get; set; }

    /// <summary>Whether a user corrected or dismissed the place (see <see cref="MentionOverride"/>).</summary>
    public MentionReview Review { get; set; }

    public int SentenceStart { get; set; }
    public int SentenceLength { get; set; }
}
