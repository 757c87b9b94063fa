using System.Globalization;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// One view's drawing as sent to MapCanvas.razor.js: only what changed since the drawing the browser holds
/// (<see cref="Base"/>), in flat number arrays with each string once. Sent as <see cref="MapDrawing"/>, every marker of
/// the view as a JSON object, a 10k slider step carried 158 KB of the circuit's 218 KB; most markers keep their place
/// and change only their counts. <see cref="Full"/> clears the map first (the first draw, or when the browser holds
/// another drawing than <see cref="Base"/>). <see cref="Added"/>: markers new or drawn anew, <see cref="AddedFields"/>
/// numbers each, keyed by <see cref="AddedKeys"/>; <see cref="Changed"/>: markers whose counts, role or certainty
/// changed, <see cref="ChangedFields"/> numbers each. Strings index <see cref="Strings"/>; index 0 is null.
/// </summary>
public sealed record MapUpdate(
    bool Full, int Base, int Sequence,
    IReadOnlyList<string?> Strings,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> AddedKeys, IReadOnlyList<double> Added,
    IReadOnlyList<string> ChangedKeys, IReadOnlyList<double> Changed,
    string PopupQuery, string UndatedQuery)
{
    /// <summary>An added marker: layer, lat, lon, reports, events, places, place id (-1: a cluster), place, country,
    /// level, role, confidence, flags, area, shape, bounds (min lon, min lat, max lon, max lat; 0 without).</summary>
    public const int AddedFields = 19;

    /// <summary>A changed marker: reports, events, places, role, confidence, flags.</summary>
    public const int ChangedFields = 6;

    /// <summary>Layers of an added marker.</summary>
    public const int PointLayer = 0, AreaLayer = 1, UndatedLayer = 2;

    /// <summary>Flag bits.</summary>
    public const int Uncertain = 1, HeatPoint = 2, HasBounds = 4;

    /// <summary>What the browser holds after an update: each marker by key, with its layer.</summary>
    public static Dictionary<string, (int Layer, MarkerView View)> Markers(MapDrawing drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        var markers = new Dictionary<string, (int, MarkerView)>(StringComparer.Ordinal);
        foreach (var m in drawing.Points) markers[KeyOf('p', m)] = (PointLayer, m);
        foreach (var m in drawing.Areas) markers[KeyOf('a', m)] = (AreaLayer, m);
        foreach (var m in drawing.Undated) markers[KeyOf('u', m)] = (UndatedLayer, m);
        return markers;
    }

    /// <summary>
    /// The update from <paramref name="held"/> (what the browser holds, drawn as <paramref name="baseSequence"/>; null
    /// for none: a full drawing) to <paramref name="next"/>.
    /// </summary>
    public static MapUpdate Between(IReadOnlyDictionary<string, (int Layer, MarkerView View)>? held, int baseSequence,
        IReadOnlyDictionary<string, (int Layer, MarkerView View)> next, int sequence, string popupQuery, string undatedQuery)
    {
        ArgumentNullException.ThrowIfNull(next);
        var strings = new StringTable();
        var removed = held is null ? [] : held.Keys.Where(k => !next.ContainsKey(k)).ToList();
        List<string> addedKeys = [], changedKeys = [];
        List<double> added = [], changed = [];
        foreach (var (key, (layer, m)) in next)
        {
            if (held is not null && held.TryGetValue(key, out var before) && before.Layer == layer)
            {
                if (before.View == m) continue;
                if (CountsOnly(before.View, m) == m)
                {
                    changedKeys.Add(key);
                    changed.AddRange([m.Reports, m.Events, m.Places, strings.Of(m.Role), m.Confidence, FlagsOf(m, layer)]);
                    continue;
                }
            }
            addedKeys.Add(key);
            var b = m.Bounds ?? default;
            added.AddRange([
                layer, m.Latitude, m.Longitude, m.Reports, m.Events, m.Places, m.PlaceId ?? -1,
                strings.Of(m.Place), strings.Of(m.Country), strings.Of(m.Level), strings.Of(m.Role), m.Confidence, FlagsOf(m, layer),
                strings.Of(m.Area), strings.Of(m.Shape), b.MinLon, b.MinLat, b.MaxLon, b.MaxLat]);
        }
        return new(held is null, baseSequence, sequence, strings.Strings, removed, addedKeys, added, changedKeys, changed, popupQuery, undatedQuery);
    }

    /// <summary>A marker's key: its layer's letter and its place, or a cluster's point ("pc36.2000,37.1600").</summary>
    public static string KeyOf(char layer, MarkerView m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.PlaceId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"{layer}{id}")
            : string.Create(CultureInfo.InvariantCulture, $"{layer}c{m.Latitude:F4},{m.Longitude:F4}");
    }

    /// <summary><paramref name="before"/> with the counts, role and certainty of <paramref name="after"/>.</summary>
    private static MarkerView CountsOnly(MarkerView before, MarkerView after) => before with
    {
        Reports = after.Reports, Events = after.Events, Places = after.Places,
        Role = after.Role, Confidence = after.Confidence, Uncertain = after.Uncertain,
    };

    private static int FlagsOf(MarkerView m, int layer) =>
        (m.Uncertain ? Uncertain : 0) | (layer == PointLayer && m.IsHeatPoint ? HeatPoint : 0) | (m.Bounds is null ? 0 : HasBounds);

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);

        public List<string?> Strings { get; } = [null];

        public int Of(string? s)
        {
            if (s is null) return 0;
            if (!indexes.TryGetValue(s, out var index))
            {
                index = Strings.Count;
                indexes[s] = index;
                Strings.Add(s);
            }
            return index;
        }
    }
}
