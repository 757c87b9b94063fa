using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Geoparsing.Recognition;
using NetTopologySuite.Geometries;

namespace MapDashboard.Tests.Components.Dashboard;

/// <summary>What a view's drawing holds: which markers are areas, which have a shape, what the heat layer gets.</summary>
public sealed class MapDrawingTests
{
    private const long SyriaId = 800_000_000_492;
    private const long AleppoGovernorateId = 801_763_983_466;
    private const long MiddleEastId = 895_000_000_073;
    private const long MediterraneanId = 895_000_000_001;
    private const long AleppoId = 170063;
    private const long AfrinDistrictId = 170000;

    private static readonly AreaKinds Kinds = new(GazetteerIndex.Create(
        [
            new Place { Id = SyriaId, Name = "Syria", Level = PlaceLevel.Country, CountryCode = "SY", Latitude = 35, Longitude = 38 },
            new Place { Id = MiddleEastId, Name = "Middle East", Level = PlaceLevel.Feature, FeatureCode = "RGN", Latitude = 29, Longitude = 41 },
            new Place { Id = MediterraneanId, Name = "Mediterranean Sea", Level = PlaceLevel.Feature, FeatureCode = "SEA", Latitude = 35, Longitude = 18 },
        ],
        new Dictionary<string, Geometry> { ["SY"] = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(35.7, 42.4, 32.3, 37.3)) }));

    private static MapMarker Place(long id, string name, PlaceLevel level, double lat, double lon, string country = "SY") =>
        new(lat, lon, 2, 3, 1, id, name, country, level, MentionRole.Event, 0.9, null);

    private static readonly MapMarker Syria = Place(SyriaId, "Syria", PlaceLevel.Country, 35, 38);
    private static readonly MapMarker AleppoGovernorate = Place(AleppoGovernorateId, "Aleppo", PlaceLevel.Admin1, 36.34, 37.48);
    private static readonly MapMarker MiddleEast = Place(MiddleEastId, "Middle East", PlaceLevel.Feature, 29, 41, "");
    private static readonly MapMarker Mediterranean = Place(MediterraneanId, "Mediterranean Sea", PlaceLevel.Feature, 35, 18, "");
    private static readonly MapMarker Aleppo = Place(AleppoId, "Aleppo", PlaceLevel.City, 36.2, 37.16);
    private static readonly MapMarker AfrinDistrict = Place(AfrinDistrictId, "Afrin", PlaceLevel.Admin2, 36.5, 36.87);
    private static readonly MapMarker Cluster = new(35.9, 38.9, 4, 5, 2, null, null, null, null, MentionRole.Event, 0.9, new BoundingBox(38.8, 35.8, 39.0, 36.0));

    private static MapDrawing Draw() => MapDrawing.Of(
        new MapMarkers([Aleppo, AfrinDistrict, MiddleEast, Mediterranean, Cluster], [Syria, AleppoGovernorate], false), [], "", "", Kinds);

    [Fact]
    public void Countries_provinces_and_regions_are_areas_and_only_countries_have_shapes()
    {
        var drawing = Draw();
        Assert.Equal([SyriaId, AleppoGovernorateId, MiddleEastId], drawing.Areas.Select(a => a.PlaceId));
        Assert.Equal(["country", "province", "region"], drawing.Areas.Select(a => a.Area));
        Assert.Equal(["SY", null, null], drawing.Areas.Select(a => a.Shape));
        // A sea's point lies on it: it stays a point (a feature), as do cities, districts and clusters.
        Assert.Equal([AleppoId, AfrinDistrictId, MediterraneanId, null], drawing.Points.Select(p => p.PlaceId));
        Assert.All(drawing.Points, p => Assert.Null(p.Area));
    }

    [Fact]
    public void The_heat_layer_gets_cities_and_clusters_of_points_only()
    {
        var heat = Draw().Heat;
        Assert.Equal([[36.2, 37.16, 3], [35.9, 38.9, 5]], heat);
    }

    [Fact]
    public void A_country_without_a_shape_is_an_area_symbol()
    {
        var lebanon = Place(800_000_000_287, "Lebanon", PlaceLevel.Country, 33.83, 35.83, "LB");
        var drawing = MapDrawing.Of(new MapMarkers([], [lebanon], false), [], "", "", Kinds);
        Assert.Equal("country", drawing.Areas.Single().Area);
        Assert.Null(drawing.Areas.Single().Shape);
    }
}
