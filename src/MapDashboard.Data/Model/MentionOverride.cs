using MapDashboard.Gazetteer;

namespace MapDashboard.Data.Model;

/// <summary>What a user said a mention is.</summary>
public enum OverrideKind
{
    /// <summary>A gazetteer place (<see cref="MentionOverride.PlaceId"/>).</summary>
    Place,
    /// <summary>A point the user gave (name and coordinates); its id is a user place id.</summary>
    Point,
    /// <summary>Not a place at all: off the map, still listed as dismissed.</summary>
    NotAPlace,
}

/// <summary>
/// A user's correction of one mention, keyed by the article's content hash and the mention's span
/// (UTF-16 code units of the article text) rather than by row ids, so it survives re-ingesting and
/// re-geocoding the article: <see cref="Ingestion.ArticleStore"/> applies it whenever the article is stored.
/// </summary>
public sealed class MentionOverride
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the article text (<see cref="Article.ContentHash"/>).</summary>
    public required string ArticleHash { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public OverrideKind Kind { get; set; }

    /// <summary>The place id: a gazetteer id, or a user place id (900,000,000,000 and up) for a point; null for not-a-place.</summary>
    public long? PlaceId { get; set; }
    public string? PlaceName { get; set; }
    public string? CountryCode { get; set; }
    public PlaceLevel? Level { get; set; }

    /// <summary>Latitude in degrees, WGS 84.</summary>
    public double? Latitude { get; set; }

    /// <summary>Longitude in degrees, WGS 84.</summary>
    public double? Longitude { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
