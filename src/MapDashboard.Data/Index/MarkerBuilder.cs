using System.Buffers;
using MapDashboard.Data.Queries;

namespace MapDashboard.Data.Index;

/// <summary>
/// The markers of one map view. Points (Admin2 and finer, features, places of no level) in the visible box are
/// clustered on a grid of ~60 px cells in Web Mercator at the zoom; a cell holding one place is that place's
/// marker. Areas (countries, first-level divisions) are one marker each, wherever they are (their shapes may
/// cover the view while their centres lie outside it), the most reported first.
/// </summary>
internal static class MarkerBuilder
{
    /// <summary>About the size of a drawn marker with its count: closer markers would overlap.</summary>
    public const double CellPixels = 60;

    /// <summary>More points than this and the grid coarsens (cells double) until they fit: a browser draws 1,500 fast.</summary>
    public const int MaxPoints = 1500;

    /// <summary>More areas than this and the least reported are left out.</summary>
    public const int MaxAreas = 400;

    /// <summary>The markers of the view <paramref name="box"/> at <paramref name="zoom"/>: the filter's <paramref name="areas"/> and its points in view.</summary>
    public static MapMarkers Build(EventIndexSnapshot s, RowSet set, BoundingBox box, int zoom, AreaMarkers areas)
    {
        // Only places with matching events make cells.
        var pointPlaces = new List<int>();
        var groupOf = new int[s.PlaceCount];
        Array.Fill(groupOf, -1);
        for (var p = 0; p < s.PlaceCount; p++)
        {
            var place = s.Places[p];
            if (set.PlaceEvents[p] > 0 && !place.IsArea && box.Contains(place.Longitude, place.Latitude))
            {
                pointPlaces.Add(p);
            }
        }

        var groups = new List<MarkerGroup>();
        var coarsened = AssignCells(s, pointPlaces, Math.Clamp(zoom, 0, 20), groupOf, groups);
        var layout = s.Layout;
        if (InViewRows(s, set, pointPlaces) is { } inView)
        {
            try
            {
                AddRows(layout, new RowSet.Enumerator(inView), groupOf, groups);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(inView);
            }
        }
        else
        {
            // Most matching rows of a zoomed-in view are outside it: their place alone says so.
            AddRows(layout, set.GetEnumerator(), groupOf, groups);
        }

        return new MapMarkers([.. groups.Select(g => g.ToMarker(s))], areas.Markers, coarsened || areas.Truncated);
    }

    /// <summary>
    /// The area markers of a filter's rows: one per area (country, first-level division) with matching events, the
    /// most reported first, at most <see cref="MaxAreas"/>. The same for every view of the filter (pan, zoom): cached.
    /// </summary>
    public static AreaMarkers Areas(EventIndexSnapshot s, RowSet set)
    {
        var layout = s.Layout;
        var groups = new List<MarkerGroup>();
        var groupOf = new int[s.PlaceCount];
        Array.Fill(groupOf, -1);
        long areaRows = 0;
        for (var p = 0; p < s.PlaceCount; p++)
        {
            if (set.PlaceEvents[p] > 0 && s.Places[p].IsArea)
            {
                groupOf[p] = groups.Count;
                groups.Add(new MarkerGroup(p));
                groups[^1].AddPlace(s.Places[p]);
                areaRows += layout.RowCountOf(p);
            }
        }

        if (areaRows * 2 >= set.Events)
        {
            // A short date window: its few rows hold the areas' matching ones.
            AddRows(layout, set.GetEnumerator(), groupOf, groups);
        }
        else
        {
            foreach (var group in groups)
            {
                // One place a marker: its own rows, in row order, are all it needs.
                var p = group.FirstPlace;
                var (latitude, longitude) = (layout.PlaceLatitude[p], layout.PlaceLongitude[p]);
                foreach (var r in layout.RowsOf(p))
                {
                    if (set.Contains(r))
                    {
                        group.Add(layout.RowArticle[r], layout.RowRole[r], layout.RowConfidence[r], latitude, longitude);
                    }
                }
            }
        }

        var ranked = groups.OrderByDescending(g => g.Reports).ThenByDescending(g => g.Events).ToList();
        return new AreaMarkers([.. ranked.Take(MaxAreas).Select(g => g.ToMarker(s))], ranked.Count > MaxAreas);
    }

    private static void AddRows(RowLayout layout, RowSet.Enumerator rows, int[] groupOf, List<MarkerGroup> groups)
    {
        while (rows.MoveNext())
        {
            var r = rows.Current;
            var p = layout.RowPlace[r];
            var g = groupOf[p];
            if (g >= 0)
            {
                groups[g].Add(layout.RowArticle[r], layout.RowRole[r], layout.RowConfidence[r], layout.PlaceLatitude[p], layout.PlaceLongitude[p]);
            }
        }
    }

    /// <summary>
    /// The matching rows of the point places in view as a bitset rented from the pool (row order, so a cluster's
    /// reports stay distinct), found from those places' rows; null when they hold so many rows that walking every
    /// matching row is cheaper (a view of the world).
    /// </summary>
    private static ulong[]? InViewRows(EventIndexSnapshot s, RowSet set, List<int> places)
    {
        var layout = s.Layout;
        long placeRows = 0;
        foreach (var p in places)
        {
            placeRows += layout.RowCountOf(p);
        }

        // A place's row is a random read of the set's bit and a write of another: about two rows of the walk.
        if (placeRows * 2 >= set.Events)
        {
            return null;
        }

        // All of it cleared: a rented array may be longer than asked, and its enumeration reads every word.
        var bits = ArrayPool<ulong>.Shared.Rent((s.RowCount + 63) / 64);
        Array.Clear(bits);
        foreach (var p in places)
        {
            foreach (var r in layout.RowsOf(p))
            {
                if (set.Contains(r))
                {
                    bits[r >> 6] |= 1UL << r;
                }
            }
        }

        return bits;
    }

    /// <summary>Groups the point places by cell, doubling the cell until at most <see cref="MaxPoints"/>; true when it had to.</summary>
    private static bool AssignCells(EventIndexSnapshot s, List<int> places, int zoom, int[] groupOf, List<MarkerGroup> groups)
    {
        var cells = WebMercator.WorldPixels(zoom) / CellPixels;
        var coarsened = false;
        var byCell = new Dictionary<long, int>();
        while (true)
        {
            byCell.Clear();
            foreach (var p in places)
            {
                byCell.TryAdd(CellOf(s.Places[p], cells), byCell.Count);
            }

            if (byCell.Count <= MaxPoints || cells < 1)
            {
                break;
            }

            cells /= 2;
            coarsened = true;
        }

        var first = groups.Count;
        var created = new Dictionary<long, int>();
        foreach (var p in places)
        {
            var cell = CellOf(s.Places[p], cells);
            if (!created.TryGetValue(cell, out var g))
            {
                g = groups.Count;
                created.Add(cell, g);
                groups.Add(new MarkerGroup(p));
            }

            groupOf[p] = g;
            groups[g].AddPlace(s.Places[p]);
        }

        return coarsened && groups.Count > first;
    }

    private static long CellOf(IndexedPlace place, double cellsAcross)
    {
        var x = (long)Math.Min(Math.Floor(place.X * cellsAcross), cellsAcross);
        var y = (long)Math.Min(Math.Floor(place.Y * cellsAcross), cellsAcross);
        return (x << 32) | y;
    }
}

/// <summary>A filter's area markers (most reported first) and whether some were left out.</summary>
internal sealed record AreaMarkers(IReadOnlyList<MapMarker> Markers, bool Truncated);
