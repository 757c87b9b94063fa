using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// One view's drawing, which MapCanvas sends to MapCanvas.razor.js as a <see cref="MapUpdate"/>: the point markers, the areas (countries, provinces, regions:
/// drawn as shapes or area symbols on their own layer), the heat points (latitude, longitude, weight; city level and
/// finer only, so a country's or a region's centre never glows like a city), and the query strings the popups of
/// dated and undated markers ask with.
/// </summary>
public sealed record MapDrawing(
    IReadOnlyList<MarkerView> Points,
    IReadOnlyList<MarkerView> Areas,
    IReadOnlyList<MarkerView> Undated,
    IReadOnlyList<double[]> Heat,
    string PopupQuery,
    string UndatedQuery)
{
    /// <summary>The drawing of <paramref name="markers"/> and <paramref name="undated"/>; <paramref name="kinds"/> says which are areas.</summary>
    public static MapDrawing Of(MapMarkers markers, IReadOnlyList<MapMarker> undated, string popupQuery, string undatedQuery, AreaKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(kinds);
        // The index clusters regions ("Middle East") with the points near them only where they share a cell; one
        // drawn alone is moved to the areas here.
        var regions = markers.Points.Where(p => kinds.KindOf(p) is not null).ToList();
        return new(
            [.. markers.Points.Except(regions).Select(m => MarkerView.Of(m, kinds))],
            [.. markers.Areas.Concat(regions).Select(m => MarkerView.Of(m, kinds))],
            [.. undated.Select(m => MarkerView.Of(m, kinds))],
            [.. markers.Points.Where(AreaKinds.IsHeatPoint).Select(p => new[] { p.Latitude, p.Longitude, (double)p.Events })],
            popupQuery, undatedQuery);
    }
}

/// <summary>
/// A marker as the script reads it: enums spelled as the API spells them ("country", "event"). <see cref="Area"/> is
/// the kind of area (<see cref="AreaKinds"/>) or null for a point; <see cref="Shape"/> the key of its shape, when
/// there is one to draw; <see cref="IsHeatPoint"/> whether it glows on the heat layer when it is a dated point.
/// Coordinates go to five decimals (about a metre), not seventeen digits: hundreds are sent at a time.
/// </summary>
public sealed record MarkerView(
    double Latitude, double Longitude, int Reports, int Events, int Places,
    long? PlaceId, string? Place, string? Country, string? Level,
    string Role, double Confidence, bool Uncertain,
    BoundingBox? Bounds, string? Area, string? Shape, bool IsHeatPoint)
{
    /// <summary>Decimals kept of a coordinate: 1e-5° is about 1.1 m.</summary>
    private const int CoordinateDecimals = 5;

    public static MarkerView Of(MapMarker m, AreaKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(kinds);
        return new(
            Math.Round(m.Latitude, CoordinateDecimals), Math.Round(m.Longitude, CoordinateDecimals), m.Reports, m.Events, m.Places, m.PlaceId, m.Place, m.Country,
            m.Level?.ToString().ToLowerInvariant(), m.Role.ToString().ToLowerInvariant(), Math.Round(m.Confidence, 2),
            m.IsPlace && m.Confidence < Fragments.ReportPlacement.UncertainBelow, m.Bounds, kinds.KindOf(m), kinds.ShapeOf(m), AreaKinds.IsHeatPoint(m));
    }
}
