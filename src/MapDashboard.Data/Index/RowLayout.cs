namespace MapDashboard.Data.Index;

/// <summary>
/// Ways into a snapshot's rows other than article order, built once per snapshot (about a second at a million rows)
/// so a filter can visit only the rows that may match: the rows of each place, the dated rows sorted by first day
/// (a date window is then two binary searches), the undated rows, and each place's country as a dense index.
/// </summary>
internal sealed class RowLayout
{
    /// <summary>
    /// Dated rows are kept in classes by length (a day, up to a month, up to a year, longer), each sorted by first
    /// day: a row ending on or after <c>from</c> starts at most its class's longest length before it, so a window
    /// needs no scan back over a year for the day-dated majority because a few rows are dated to the year.
    /// </summary>
    private static readonly int[] ClassLengths = [0, 31, 366, int.MaxValue];

    private readonly int[] _placeStart;
    private readonly int[] _placeRows;
    private readonly DatedClass[] _dated;

    private RowLayout(EventIndexSnapshot s)
    {
        // Rows of each place, in row order (a counting sort).
        _placeStart = new int[s.PlaceCount + 1];
        for (var r = 0; r < s.RowCount; r++)
        {
            _placeStart[s.Rows[r].Place + 1]++;
        }

        for (var p = 0; p < s.PlaceCount; p++)
        {
            _placeStart[p + 1] += _placeStart[p];
        }

        _placeRows = new int[s.RowCount];
        (RowPlace, RowArticle, RowDay, RowDayEnd, RowRole) = (new int[s.RowCount], new int[s.RowCount], new int[s.RowCount], new int[s.RowCount], new byte[s.RowCount]);
        (RowConfidence, RowSource) = (new double[s.RowCount], new int[s.RowCount]);
        var next = (int[])_placeStart.Clone();
        var undated = new List<int>();
        var classes = new List<int>[ClassLengths.Length];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = [];
        }

        var longest = new int[ClassLengths.Length];
        for (var r = 0; r < s.RowCount; r++)
        {
            ref readonly var row = ref s.Rows[r];
            _placeRows[next[row.Place]++] = r;
            (RowPlace[r], RowArticle[r], RowDay[r], RowDayEnd[r], RowRole[r], RowConfidence[r]) = (row.Place, row.Article, row.DayStart, row.DayEnd, (byte)row.Role, row.Confidence);
            RowSource[r] = s.Articles[row.Article].Source;
            if (!row.IsDated)
            {
                undated.Add(r);
                continue;
            }

            var length = Math.Max(0, row.DayEnd - row.DayStart);
            var c = 0;
            while (length > ClassLengths[c])
            {
                c++;
            }

            classes[c].Add(r);
            longest[c] = Math.Max(longest[c], length);
        }

        Undated = [.. undated];
        _dated = [.. classes.Select((rows, c) => DatedClass.Of(s, rows, longest[c]))];

        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        PlaceCountry = new int[s.PlaceCount];
        PlaceLevel = new int[s.PlaceCount];
        (PlaceLatitude, PlaceLongitude) = (new double[s.PlaceCount], new double[s.PlaceCount]);
        for (var p = 0; p < s.PlaceCount; p++)
        {
            (PlaceLatitude[p], PlaceLongitude[p]) = (s.Places[p].Latitude, s.Places[p].Longitude);
            PlaceLevel[p] = s.Places[p].Level is { } level ? (int)level : -1;
            var country = s.Places[p].Country;
            PlaceCountry[p] = string.IsNullOrEmpty(country) ? -1 : countries.TryAdd(country, countries.Count) ? countries.Count - 1 : countries[country];
        }

        Countries = [.. countries.OrderBy(c => c.Value).Select(c => c.Key)];
    }

    // Columns of the rows (row order) that walks over a filter's rows read: a quarter of the bytes of whole rows, so a
    // walk touching a fraction of the rows reads far less memory.

    /// <summary>Each row's place index.</summary>
    public int[] RowPlace { get; }

    /// <summary>Each row's article index.</summary>
    public int[] RowArticle { get; }

    /// <summary>Each row's first day (<see cref="EventRow.Undated"/> when undated).</summary>
    public int[] RowDay { get; }

    /// <summary>Each row's last day (<see cref="EventRow.Undated"/> when undated).</summary>
    public int[] RowDayEnd { get; }

    /// <summary>Each row's <see cref="Geoparsing.Recognition.MentionRole"/>.</summary>
    public byte[] RowRole { get; }

    /// <summary>Each row's resolution confidence (0-1).</summary>
    public double[] RowConfidence { get; }

    /// <summary>Each row's article's source (index into the snapshot's sources).</summary>
    public int[] RowSource { get; }

    /// <summary>Each place's latitude, WGS 84 degrees.</summary>
    public double[] PlaceLatitude { get; }

    /// <summary>Each place's longitude, WGS 84 degrees.</summary>
    public double[] PlaceLongitude { get; }

    /// <summary>Undated rows, in row order.</summary>
    public int[] Undated { get; }

    /// <summary>Each place's country as an index into <see cref="Countries"/>; -1 when it has none.</summary>
    public int[] PlaceCountry { get; }

    /// <summary>Each place's <see cref="Gazetteer.PlaceLevel"/> as a number; -1 when it has none.</summary>
    public int[] PlaceLevel { get; }

    /// <summary>The places' distinct ISO 3166-1 alpha-2 codes.</summary>
    public string[] Countries { get; }

    public static RowLayout Of(EventIndexSnapshot s) => new(s);

    /// <summary>The rows of one place, in row order.</summary>
    public ReadOnlySpan<int> RowsOf(int place) => _placeRows.AsSpan(_placeStart[place], _placeStart[place + 1] - _placeStart[place]);

    public int RowCountOf(int place) => _placeStart[place + 1] - _placeStart[place];

    /// <summary>How many dated rows <see cref="AddDatedCandidates"/> would visit for [from, to] (day numbers).</summary>
    public int DatedCandidateCount(int from, int to) => _dated.Sum(c => c.Range(from, to) is var (lo, hi) ? hi - lo : 0);

    /// <summary>
    /// Calls <paramref name="visit"/> with every dated row that may overlap [from, to], and some that do not, by
    /// first day: read from the classes' own copies of the rows, so the walk is sequential in memory.
    /// </summary>
    public void AddDatedCandidates<TVisitor>(int from, int to, ref TVisitor visit)
        where TVisitor : struct, IRowVisitor
    {
        foreach (var c in _dated)
        {
            var (lo, hi) = c.Range(from, to);
            var rows = c.Rows;
            var copies = c.Copies;
            for (var i = lo; i < hi; i++)
            {
                visit.Visit(rows[i], copies[i]);
            }
        }
    }

    /// <summary>
    /// One length class of dated rows: first days ascending, the rows' indexes in that order and copies of the rows
    /// themselves (40 bytes each: a date window's rows are then one stretch of memory, not a cache miss apiece).
    /// </summary>
    private sealed class DatedClass(int[] days, int[] rows, EventRow[] copies, int longest)
    {
        public int[] Rows => rows;

        public EventRow[] Copies => copies;

        /// <summary>Sorts rows (given in row order) by first day, stably: a counting sort over the days they span.</summary>
        public static DatedClass Of(EventIndexSnapshot s, List<int> rows, int longest)
        {
            if (rows.Count == 0)
            {
                return new DatedClass([], [], [], longest);
            }

            var (first, last) = (int.MaxValue, int.MinValue);
            foreach (var r in rows)
            {
                (first, last) = (Math.Min(first, s.Rows[r].DayStart), Math.Max(last, s.Rows[r].DayStart));
            }

            var start = new int[last - first + 2];
            foreach (var r in rows)
            {
                start[s.Rows[r].DayStart - first + 1]++;
            }

            for (var d = 1; d < start.Length; d++)
            {
                start[d] += start[d - 1];
            }

            var days = new int[rows.Count];
            var sorted = new int[rows.Count];
            var copies = new EventRow[rows.Count];
            foreach (var r in rows)
            {
                var at = start[s.Rows[r].DayStart - first]++;
                (days[at], sorted[at], copies[at]) = (s.Rows[r].DayStart, r, s.Rows[r]);
            }

            return new DatedClass(days, sorted, copies, longest);
        }

        /// <summary>The positions of the rows starting in [from - longest, to]: every row of the class overlapping [from, to] is among them.</summary>
        public (int Lo, int Hi) Range(int from, int to)
        {
            var lo = LowerBound((long)from - longest);
            return (lo, Math.Max(lo, LowerBound((long)to + 1)));
        }

        private int LowerBound(long day)
        {
            int lo = 0, hi = days.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (days[mid] < day)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}

/// <summary>What a walk over candidate rows does with each (a struct, so the call inlines).</summary>
internal interface IRowVisitor
{
    /// <summary>Visits row <paramref name="index"/>, whose value is <paramref name="row"/>.</summary>
    void Visit(int index, in EventRow row);
}
