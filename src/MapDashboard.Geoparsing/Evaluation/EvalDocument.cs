using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Evaluation;

/// <summary>A gold-annotated place name. Offsets are UTF-16 code units of <see cref="EvalDocument.Text"/>; End is exclusive.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Name">The name as annotated.</param>
/// <param name="Latitude">Gold latitude in degrees (WGS 84), null when the corpus gives none.</param>
/// <param name="Longitude">Gold longitude in degrees (WGS 84), null when the corpus gives none.</param>
/// <param name="GeoNameId">The GeoNames id when the corpus gives one (LGL, TR-News).</param>
/// <param name="FeatureClass">The GeoNames feature class ("P", "A", "H" ...) when the corpus gives one (LGL).</param>
/// <param name="FeatureCode">The GeoNames feature code ("PPL", "ADM1", "PCLI" ...) when the corpus gives one (LGL).</param>
public sealed record GoldToponym(int Start, int End, string Name, double? Latitude, double? Longitude, long? GeoNameId = null, string? FeatureClass = null, string? FeatureCode = null)
{
    /// <summary>True when the gold has coordinates, so resolution can be scored.</summary>
    public bool HasCoordinates => Latitude is not null && Longitude is not null;

    /// <summary>The kind of place the gold names, from its feature class and code; null when the corpus gives neither.</summary>
    public GoldPlaceClass? PlaceClass => FeatureClass switch
    {
        null or "" => null,
        "P" => GoldPlaceClass.PopulatedPlace,
        "A" when FeatureCode?.StartsWith("PCL", StringComparison.Ordinal) == true => GoldPlaceClass.Country,
        "A" => GoldPlaceClass.Division,
        _ => GoldPlaceClass.Other,
    };
}

/// <summary>The kinds of gold place accuracy is broken down by: country and province points are a convention
/// (GeoNames' or Wikipedia's), populated places are not.</summary>
public enum GoldPlaceClass
{
    /// <summary>GeoNames feature class P: a city, town, village.</summary>
    PopulatedPlace,

    /// <summary>Feature class A other than a country: a state, province, county.</summary>
    Division,

    /// <summary>Feature codes PCL*: an independent or dependent country.</summary>
    Country,

    /// <summary>Any other class: rivers, mountains, regions, buildings, airports.</summary>
    Other,
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
