using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Queries;

namespace MapDashboard.Tests.Components.Dashboard;

/// <summary>
/// The map's updates: what the browser holds after applying one (as MapCanvas.razor.js's applyUpdate does) is the
/// next drawing, marker for marker, and a step sends only what changed.
/// </summary>
public sealed class MapUpdateTests
{
    private static MarkerView Place(long id, string name, int reports, double lat = 36.2, double lon = 37.16, string? level = "city") =>
        new(lat, lon, reports, reports + 1, 1, id, name, "SY", level, "event", 0.9, false, null, null, null, level is "city");

    private static MarkerView Cluster(int reports, double lat, double lon) =>
        new(lat, lon, reports, reports, 3, null, null, null, null, "event", 0.8, false, new BoundingBox(lon - 1, lat - 1, lon + 1, lat + 1), null, null, true);

    private static readonly MarkerView Syria = new(35, 38, 9, 9, 1, 800_000_000_492, "Syria", "SY", "country", "event", 1, false, null, "country", "SY", false);

    private static MapDrawing Drawing(IReadOnlyList<MarkerView> points, IReadOnlyList<MarkerView> areas, IReadOnlyList<MarkerView> undated) =>
        new(points, areas, undated, [], "from=2024-01-01", "undated=true");

    private static readonly MapDrawing First = Drawing(
        [Place(1, "Aleppo", 4), Place(2, "Homs", 2, 34.73, 36.71), Cluster(12, 33.5, 36.3)], [Syria], [Place(1, "Aleppo", 1)]);

    // A slider step: counts change, Homs drops out, Idlib comes in, the cluster moves, Syria's role changes.
    private static readonly MapDrawing Second = Drawing(
        [Place(1, "Aleppo", 7), Place(3, "Idlib", 1, 35.93, 36.63), Cluster(15, 33.6, 36.3)],
        [Syria with { Reports = 3, Role = "actor", Uncertain = true }], [Place(1, "Aleppo", 1)]);

    [Fact]
    public void A_first_drawing_is_sent_whole_and_held_as_drawn()
    {
        var next = MapUpdate.Markers(First);
        var update = MapUpdate.Between(null, 0, next, 1, First.PopupQuery, First.UndatedQuery);
        Assert.True(update.Full);
        Assert.Equal(next.Count, update.AddedKeys.Count);
        AssertHeld(next, Apply([], update));
    }

    [Fact]
    public void A_step_sends_what_changed_and_the_browser_ends_with_the_next_drawing()
    {
        var held = MapUpdate.Markers(First);
        var next = MapUpdate.Markers(Second);
        var update = MapUpdate.Between(held, 1, next, 2, Second.PopupQuery, Second.UndatedQuery);
        Assert.False(update.Full);
        Assert.Equal(["p2", "pc33.5000,36.3000"], update.Removed);
        Assert.Equal(["p3", "pc33.6000,36.3000"], update.AddedKeys);
        // The undated Aleppo did not change: not sent.
        Assert.Equal(["p1", "a800000000492"], update.ChangedKeys);
        Assert.Equal(MapUpdate.ChangedFields * 2, update.Changed.Count);
        AssertHeld(next, Apply(Apply([], MapUpdate.Between(null, 0, held, 1, "", "")), update));
    }

    [Fact]
    public void A_marker_that_moved_or_changed_layer_is_sent_anew()
    {
        var held = MapUpdate.Markers(Drawing([Place(4, "Raqqa", 2)], [], []));
        var moved = MapUpdate.Markers(Drawing([Place(4, "Raqqa", 2, 35.95, 39.01)], [], []));
        var update = MapUpdate.Between(held, 1, moved, 2, "", "");
        Assert.Equal(["p4"], update.AddedKeys);
        Assert.Empty(update.ChangedKeys);
        AssertHeld(moved, Apply(Apply([], MapUpdate.Between(null, 0, held, 1, "", "")), update));
    }

    [Fact]
    public void Only_dated_points_glow_on_the_heat_layer()
    {
        var update = MapUpdate.Between(null, 0, MapUpdate.Markers(First), 1, "", "");
        var heat = update.AddedKeys.Where((_, i) => ((int)update.Added[(i * MapUpdate.AddedFields) + 12] & MapUpdate.HeatPoint) != 0);
        // The undated Aleppo and Syria do not.
        Assert.Equal(["p1", "p2", "pc33.5000,36.3000"], heat);
    }

    private static void AssertHeld(Dictionary<string, (int Layer, MarkerView View)> expected, Dictionary<string, (int Layer, MarkerView View)> held)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), held.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            // The browser is not told IsHeatPoint for areas and undated places, only whether a marker glows.
            Assert.Equal(value with { View = value.View with { IsHeatPoint = false } }, held[key] with { View = held[key].View with { IsHeatPoint = false } });
        }
    }

    /// <summary>The script's applyUpdate, in C#: the rows read back into markers.</summary>
    private static Dictionary<string, (int Layer, MarkerView View)> Apply(Dictionary<string, (int Layer, MarkerView View)> held, MapUpdate update)
    {
        string? Text(double i) => update.Strings[(int)i];
        if (update.Full) held.Clear();
        foreach (var key in update.Removed) held.Remove(key);
        for (var i = 0; i < update.AddedKeys.Count; i++)
        {
            var r = update.Added.Skip(i * MapUpdate.AddedFields).Take(MapUpdate.AddedFields).ToArray();
            var flags = (int)r[12];
            held[update.AddedKeys[i]] = ((int)r[0], new MarkerView(
                r[1], r[2], (int)r[3], (int)r[4], (int)r[5], r[6] < 0 ? null : (long)r[6], Text(r[7]), Text(r[8]), Text(r[9]), Text(r[10])!, r[11],
                (flags & MapUpdate.Uncertain) != 0, (flags & MapUpdate.HasBounds) != 0 ? new BoundingBox(r[15], r[16], r[17], r[18]) : null,
                Text(r[13]), Text(r[14]), false));
        }
        for (var i = 0; i < update.ChangedKeys.Count; i++)
        {
            var r = update.Changed.Skip(i * MapUpdate.ChangedFields).Take(MapUpdate.ChangedFields).ToArray();
            var (layer, before) = held[update.ChangedKeys[i]];
            held[update.ChangedKeys[i]] = (layer, before with
            {
                Reports = (int)r[0], Events = (int)r[1], Places = (int)r[2], Role = Text(r[3])!, Confidence = r[4], Uncertain = ((int)r[5] & MapUpdate.Uncertain) != 0,
            });
        }
        return held;
    }
}
