using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// One view's drawing, as sent to MapCanvas.razor.js: the markers, the heat points (latitude, longitude, weight;
/// city level and finer only, so a country's centre never glows like a city), and the query strings the popups
/// of dated and undated markers ask with.
/// </summary>
public sealed record MapDrawing(
    IReadOnlyList<MarkerView> Points,
    IReadOnlyList<MarkerView> Areas,
    IReadOnlyList<MarkerView> Undated,
    IReadOnlyList<double[]> Heat,
    string PopupQuery,
    string UndatedQuery)
{
    /// <summary>The drawing of <paramref name="markers"/> and <paramref name="undated"/>.</summary>
    public static MapDrawing Of(MapMarkers markers, IReadOnlyList<MapMarker> undated, string popupQuery, string undatedQuery) =>
        new([.. markers.Points.Select(MarkerView.Of)], [.. markers.Areas.Select(MarkerView.Of)], [.. undated.Select(MarkerView.Of)],
            [.. markers.Points.Select(p => new[] { p.Latitude, p.Longitude, (double)p.Events })],
            popupQuery, undatedQuery);
}

/// <summary>
/// A marker as the script reads it: enums spelled as the API spells them ("country", "event"), since the
/// interop serializer writes enums as numbers.
/// </summary>
public sealed record MarkerView(
    double Latitude, double Longitude, int Reports, int Events, int Places, long? PlaceId, string? Place, string? Country,
    string? Level, string Role, double Confidence, bool Uncertain, BoundingBox? Bounds)
{
    public static MarkerView Of(MapMarker m) => new(
        m.Latitude, m.Longitude, m.Reports, m.Events, m.Places, m.PlaceId, m.Place, m.Country,
        m.Level?.ToString().ToLowerInvariant(), m.Role.ToString().ToLowerInvariant(), Math.Round(m.Confidence, 2),
        m.IsPlace && m.Confidence < Fragments.ReportPlacement.UncertainBelow, m.Bounds);
}
