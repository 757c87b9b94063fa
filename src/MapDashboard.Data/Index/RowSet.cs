using System.Buffers;
using System.Numerics;

namespace MapDashboard.Data.Index;

/// <summary>
/// The rows one filter matches in one snapshot, as a bitset (a bit per row: 125 KB at a million rows), with its
/// counts. Computed once per filter and cached, so the counts, markers, histogram, list and facets of one view read
/// it instead of testing every row again; enumerated in row order, so "distinct articles" needs only the last one.
/// Built from the cheapest way in: a date window's rows (binary search on the date-sorted rows), the rows of the
/// places or articles the filter keeps, a cached superset's rows, or every row.
/// </summary>
internal sealed class RowSet
{
    private readonly ulong[] _bits;

    private RowSet(ulong[] bits, int placeCount)
    {
        _bits = bits;
        PlaceEvents = new int[placeCount];
    }

    /// <summary>Matching rows (events).</summary>
    public int Events { get; private set; }

    /// <summary>Distinct articles of the matching rows.</summary>
    public int Reports { get; private set; }

    /// <summary>Distinct places of the matching rows.</summary>
    public int Places { get; private set; }

    /// <summary>Matching rows per place (by index).</summary>
    public int[] PlaceEvents { get; }

    /// <summary>The memory it holds, for the cache's budget.</summary>
    public long Bytes => _bits.Length * 8L + PlaceEvents.Length * 4L;

    public bool Contains(int row) => (_bits[row >> 6] & (1UL << row)) != 0;

    public Enumerator GetEnumerator() => new(_bits);

    public static RowSet Build(EventIndexSnapshot s, RowLayout layout, MentionMatcher matcher, RowSet? superset)
    {
        var set = new RowSet(new ulong[(s.RowCount + 63) / 64], s.PlaceCount);
        var end = matcher.RowEnd(s);
        var way = Cheapest(s, layout, matcher, superset, end, out var from, out var to);
        if (way == Way.All)
        {
            Scan(set, layout, matcher, end);
            return set;
        }

        if (way == Way.Superset)
        {
            // A view of the whole world (zoom 2: a box of every place) keeps all of its superset: the same rows, not a copy.
            if (KeepsEveryPlaceOf(matcher, superset!))
            {
                return superset!;
            }

            Narrow(set, layout, matcher, superset!);
            return set;
        }

        // Rows visited out of row order: distinct articles are a bit per article, rented (cleared) for the walk.
        var articleSeen = ArrayPool<ulong>.Shared.Rent((s.ArticleCount + 63) / 64);
        Array.Clear(articleSeen);
        try
        {
            if (way == Way.SupersetPlaces)
            {
                NarrowByPlaces(set, s, layout, matcher, superset!, articleSeen);
            }
            else
            {
                Visit(set, s, layout, matcher, way, from, to, articleSeen);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(articleSeen);
        }

        return set;
    }

    private static void Visit(RowSet set, EventIndexSnapshot s, RowLayout layout, MentionMatcher matcher, Way way, int from, int to, ulong[] articleSeen)
    {
        var mark = new Marker(set, matcher, articleSeen);
        switch (way)
        {
            case Way.Undated:
                Visit(s, layout.Undated, ref mark);
                break;
            case Way.Dated:
                layout.AddDatedCandidates(from, to, ref mark);
                if (matcher.TryDateWindow(out _, out _, out var withUndated) && withUndated)
                {
                    Visit(s, layout.Undated, ref mark);
                }

                break;
            case Way.Places:
                for (var p = 0; p < s.PlaceCount; p++)
                {
                    if (matcher.PlaceOk![p])
                    {
                        Visit(s, layout.RowsOf(p), ref mark);
                    }
                }

                break;
            case Way.Articles:
                for (var a = 0; a < s.ArticleCount; a++)
                {
                    if (matcher.ArticleOk![a])
                    {
                        for (int r = s.Articles[a].FirstRow, rowEnd = s.RowEnd(a); r < rowEnd; r++)
                        {
                            mark.Visit(r, s.Rows[r]);
                        }
                    }
                }

                break;
        }

        (set.Events, set.Reports, set.Places) = (mark.Events, mark.Reports, mark.Places);
    }

    /// <summary>
    /// The superset's rows whose place the matcher keeps: the superset is this filter without its box, so its rows
    /// meet every other condition and the place (one column read) is all that is left to test.
    /// </summary>
    private static void Narrow(RowSet set, RowLayout layout, MentionMatcher matcher, RowSet superset)
    {
        var (placeOk, rowPlace, rowArticle) = (matcher.PlaceOk, layout.RowPlace, layout.RowArticle);
        var (bits, placeEvents) = (set._bits, set.PlaceEvents);
        var (events, reports, lastArticle) = (0, 0, -1);
        foreach (var r in superset)
        {
            var place = rowPlace[r];
            if (placeOk is not null && !placeOk[place])
            {
                continue;
            }

            bits[r >> 6] |= 1UL << r;
            events++;
            var article = rowArticle[r];
            reports += article != lastArticle ? 1 : 0;
            lastArticle = article;
            placeEvents[place]++;
        }

        var places = 0;
        foreach (var n in placeEvents)
        {
            places += n > 0 ? 1 : 0;
        }

        (set.Events, set.Reports, set.Places) = (events, reports, places);
    }

    /// <summary>Whether the matcher keeps every place the superset has rows of (its box holds them all).</summary>
    private static bool KeepsEveryPlaceOf(MentionMatcher matcher, RowSet superset)
    {
        if (matcher.PlaceOk is not { } placeOk)
        {
            return true;
        }

        var placeEvents = superset.PlaceEvents;
        for (var p = 0; p < placeEvents.Length; p++)
        {
            if (placeEvents[p] > 0 && !placeOk[p])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The superset's rows of the places the matcher keeps, read place by place: for a box that holds a few of the
    /// superset's places (a city's view of a corpus-wide filter) far fewer rows than the whole superset. A kept place
    /// keeps all its superset rows, so its count is the superset's, and its walk stops at the last of them.
    /// </summary>
    private static void NarrowByPlaces(RowSet set, EventIndexSnapshot s, RowLayout layout, MentionMatcher matcher, RowSet superset,
        ulong[] articleSeen)
    {
        var (placeOk, rowArticle) = (matcher.PlaceOk!, layout.RowArticle);
        var (bits, placeEvents) = (set._bits, set.PlaceEvents);
        var (events, reports, places) = (0, 0, 0);
        for (var p = 0; p < s.PlaceCount; p++)
        {
            var kept = superset.PlaceEvents[p];
            if (kept == 0 || !placeOk[p])
            {
                continue;
            }

            var found = 0;
            foreach (var r in layout.RowsOf(p))
            {
                if (!superset.Contains(r))
                {
                    continue;
                }

                bits[r >> 6] |= 1UL << r;
                var article = rowArticle[r];
                ref var seen = ref articleSeen[article >> 6];
                if ((seen & (1UL << article)) == 0)
                {
                    seen |= 1UL << article;
                    reports++;
                }

                if (++found == kept)
                {
                    break;
                }
            }

            (placeEvents[p], events, places) = (kept, events + kept, places + 1);
        }

        (set.Events, set.Reports, set.Places) = (events, reports, places);
    }

    /// <summary>
    /// Tests rows [0, <paramref name="end"/>) in row order from the layout's columns, 64 rows to a word and without
    /// a branch on what a row holds, then counts the matching ones (in row order: an article's rows are contiguous).
    /// </summary>
    private static void Scan(RowSet set, RowLayout layout, MentionMatcher matcher, int end)
    {
        var (rowPlace, rowArticle, rowDay, rowDayEnd, rowRole, rowConfidence) =
            (layout.RowPlace, layout.RowArticle, layout.RowDay, layout.RowDayEnd, layout.RowRole, layout.RowConfidence);
        var (placeOk, articleOk, roleOk, minConfidence) = (matcher.PlaceOk, matcher.ArticleOk, matcher.RoleOk, matcher.MinConfidence);
        matcher.DateBounds(out var from, out var to, out var undated);
        // Columns a condition does not need are not read: most filters set no confidence, a third no dates.
        var (anyDate, anyConfidence) = (from == int.MinValue && to == int.MaxValue && undated, double.IsNegativeInfinity(minConfidence));
        var bits = set._bits;
        for (var lo = 0; lo < end; lo += 64)
        {
            var hi = Math.Min(end, lo + 64);
            ulong word = 0;
            for (var r = lo; r < hi; r++)
            {
                var ok = true;
                if (!anyDate)
                {
                    var (day, dayEnd) = (rowDay[r], rowDayEnd[r]);
                    var dated = day != EventRow.Undated;
                    ok = (dated & day <= to & dayEnd >= from) | (!dated & undated);
                }

                if (!anyConfidence)
                {
                    ok &= rowConfidence[r] >= minConfidence;
                }

                if (placeOk is not null)
                {
                    ok &= placeOk[rowPlace[r]];
                }

                if (articleOk is not null)
                {
                    ok &= articleOk[rowArticle[r]];
                }

                if (roleOk is not null)
                {
                    ok &= roleOk[rowRole[r]];
                }

                word |= (ok ? 1UL : 0UL) << (r - lo);
            }

            bits[lo >> 6] = word;
        }

        var (events, reports, places, lastArticle) = (0, 0, 0, -1);
        var placeEvents = set.PlaceEvents;
        foreach (var r in set)
        {
            events++;
            var article = rowArticle[r];
            reports += article != lastArticle ? 1 : 0;
            lastArticle = article;
            if (placeEvents[rowPlace[r]]++ == 0)
            {
                places++;
            }
        }

        (set.Events, set.Reports, set.Places) = (events, reports, places);
    }

    private enum Way
    {
        All,
        Superset,
        SupersetPlaces,
        Undated,
        Dated,
        Places,
        Articles,
    }

    /// <summary>
    /// A row visited out of row order (a <see cref="MentionMatcher.Matches"/> on the whole row, its bit and its
    /// counts at random places) costs about this many rows of the sequential <see cref="Scan"/>.
    /// </summary>
    private const int VisitCost = 4;

    /// <summary>A superset's row read by its place (a bit test and its article, at random places): cheaper than a visit.</summary>
    private const int SupersetPlaceCost = 2;

    /// <summary>The way in that costs least: the scan of every row, or visiting fewer rows one by one.</summary>
    private static Way Cheapest(EventIndexSnapshot s, RowLayout layout, MentionMatcher matcher, RowSet? superset, int end,
        out int from, out int to)
    {
        var (way, best) = (Way.All, (long)end);
        // Narrowing a superset reads two columns of its rows, in row order: as cheap per row as the scan.
        if (superset is not null && superset.Events < best)
        {
            (way, best) = (Way.Superset, superset.Events);
            if (matcher.PlaceOk is { } kept)
            {
                long rows = 0;
                for (var p = 0; p < s.PlaceCount; p++)
                {
                    rows += kept[p] && superset.PlaceEvents[p] > 0 ? layout.RowCountOf(p) : 0;
                }

                if (rows * SupersetPlaceCost < best)
                {
                    (way, best) = (Way.SupersetPlaces, rows * SupersetPlaceCost);
                }
            }
        }

        if (matcher.UndatedOnly)
        {
            Consider(Way.Undated, layout.Undated.Length);
        }

        if (matcher.TryDateWindow(out from, out to, out var withUndated))
        {
            Consider(Way.Dated, layout.DatedCandidateCount(from, to) + (withUndated ? layout.Undated.Length : 0));
        }

        if (matcher.PlaceOk is { } placeOk)
        {
            long rows = 0;
            for (var p = 0; p < s.PlaceCount; p++)
            {
                rows += placeOk[p] ? layout.RowCountOf(p) : 0;
            }

            Consider(Way.Places, rows);
        }

        if (matcher.ArticleOk is { } articleOk)
        {
            long rows = 0;
            for (var a = 0; a < s.ArticleCount; a++)
            {
                rows += articleOk[a] ? s.RowEnd(a) - s.Articles[a].FirstRow : 0;
            }

            Consider(Way.Articles, rows);
        }

        return way;

        void Consider(Way candidate, long? rows)
        {
            if (rows is { } visited && visited * VisitCost < best)
            {
                (way, best) = (candidate, visited * VisitCost);
            }
        }
    }

    private static void Visit(EventIndexSnapshot s, ReadOnlySpan<int> rows, ref Marker mark)
    {
        foreach (var r in rows)
        {
            mark.Visit(r, s.Rows[r]);
        }
    }

    /// <summary>
    /// Sets the bit of each visited row that matches and counts it as it goes: rows come in any order (a date
    /// window's come by day), so distinct articles are a bit per article rather than "the last one seen".
    /// </summary>
    private struct Marker(RowSet set, MentionMatcher matcher, ulong[] articleSeen) : IRowVisitor
    {
        private readonly ulong[] _articleSeen = articleSeen;

        public int Events { get; private set; }

        public int Reports { get; private set; }

        public int Places { get; private set; }

        public void Visit(int index, in EventRow r)
        {
            if (!matcher.Matches(r))
            {
                return;
            }

            set._bits[index >> 6] |= 1UL << index;
            Events++;
            ref var seen = ref _articleSeen[r.Article >> 6];
            if ((seen & (1UL << r.Article)) == 0)
            {
                seen |= 1UL << r.Article;
                Reports++;
            }

            if (set.PlaceEvents[r.Place]++ == 0)
            {
                Places++;
            }
        }
    }

    /// <summary>The set rows in ascending order (of this set, or of any bitset of rows).</summary>
    public struct Enumerator(ulong[] bits)
    {
        private int _word = -1;
        private ulong _current;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_current == 0)
            {
                if (++_word >= bits.Length)
                {
                    return false;
                }

                _current = bits[_word];
            }

            Current = (_word << 6) + BitOperations.TrailingZeroCount(_current);
            _current &= _current - 1;
            return true;
        }
    }
}
