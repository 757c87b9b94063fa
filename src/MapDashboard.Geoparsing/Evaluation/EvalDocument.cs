using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Evaluation;

/// <summary>A gold-annotated place name. Offsets are UTF-16 code units of <see cref="EvalDocument.Text"/>; End is exclusive.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Name">The name as annotated.</param>
/// <param name="Latitude">Gold latitude in degrees (WGS 84), null when the corpus gives none.</param>
/// <param name="Longitude">Gold longitude in degrees (WGS 84), null when the corpus gives none.</param>
/// <param name="GeoNameId">The GeoNames id when the corpus gives one (LGL, TR-News).</param>
public sealed record GoldToponym(int Start, int End, string Name, double? Latitude, double? Longitude, long? GeoNameId = null)
{
    /// <summary>True when the gold has coordinates, so resolution can be scored.</summary>
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>One annotated article of an evaluation corpus.</summary>
/// <param name="Id">A label: the corpus' source URL or doc id, else the position.</param>
/// <param name="Text">The article text the offsets refer to.</param>
/// <param name="Toponyms">The gold toponyms, in text order.</param>
public sealed record EvalDocument(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms)
{
    /// <summary>
    /// The document as the geoparser sees it: an untitled article whose body is <see cref="Text"/>, so gold
    /// offsets plus <see cref="ArticleText.BodyOffset"/> are offsets into <see cref="ArticleText.Text"/>.
    /// </summary>
    public ArticleText ToArticle() => new() { Title = "", Body = Text, SourceName = Id, Position = 0 };
}
