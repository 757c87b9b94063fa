using System.Runtime.CompilerServices;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// Keys (folded or transliterated names) to the places bearing them, in compressed rows: one dictionary
/// from key to row number, and one flat array of entries where each key's row is a contiguous slice,
/// best-ranked place first. 1.3 million keys cost two arrays instead of 1.3 million small lists.
/// </summary>
/// <remarks>An entry is a place index in the low 28 bits plus <see cref="NameEntry"/> flags above.</remarks>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int> _rows;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanRows;
    private readonly int[] _offsets;
    private readonly int[] _entries;
    private readonly string[] _keys;

    private NameIndex(Dictionary<string, int> rows, string[] keys, int[] offsets, int[] entries)
    {
        _rows = rows;
        _keys = keys;
        _spanRows = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        _offsets = offsets;
        _entries = entries;
    }

    /// <summary>Number of distinct keys.</summary>
    public int KeyCount => _rows.Count;

    /// <summary>The key of row <paramref name="row"/> (rows are numbered 0 .. <see cref="KeyCount"/> − 1).</summary>
    public string KeyAt(int row) => _keys[row];

    /// <summary>The entries under <paramref name="key"/>, best first; empty when the key is unknown.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key) =>
        _spanRows.TryGetValue(key, out int row) ? _entries.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]) : default;

    /// <summary>The row of <paramref name="key"/>, or -1 when the key is unknown.</summary>
    public int Row(ReadOnlySpan<char> key) => _spanRows.TryGetValue(key, out int row) ? row : -1;

    /// <summary>The entries of a row returned by <see cref="Row"/>, best first.</summary>
    public ReadOnlySpan<int> Entries(int row) =>
        row < 0 ? default : _entries.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>True when <paramref name="key"/> is indexed.</summary>
    public bool Contains(ReadOnlySpan<char> key) => _spanRows.ContainsKey(key);

    /// <summary>Collects (key, entry) pairs, then freezes them into a <see cref="NameIndex"/>.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
        private readonly List<string> _keys = [];
        private readonly List<int> _rowOfPair = [];
        private readonly List<int> _entryOfPair = [];

        /// <summary>Number of keys so far (rows are numbered in the order keys were first added).</summary>
        public int KeyCount => _rows.Count;

        /// <summary>The row of <paramref name="key"/>, adding it when new.</summary>
        public int AddKey(string key)
        {
            if (!_rows.TryGetValue(key, out int row))
            {
                row = _rows.Count;
                _rows.Add(key, row);
                _keys.Add(key);
            }
            return row;
        }

        /// <summary>Adds one place under one key; duplicates merge their flags.</summary>
        public void Add(string key, int placeIndex, int flags) => Add(AddKey(key), placeIndex, flags);

        /// <summary>Adds one place under the key of row <paramref name="row"/> (from <see cref="AddKey"/>).</summary>
        public void Add(int row, int placeIndex, int flags)
        {
            _rowOfPair.Add(row);
            _entryOfPair.Add(placeIndex | flags);
        }

        /// <summary>Groups the pairs by key, merges duplicates and orders each row by <paramref name="rank"/> (lower first).</summary>
        // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public NameIndex Build(Comparison<int> rank)
        {
            int rowCount = _rows.Count;
            var offsets = new int[rowCount + 1];
            foreach (int row in _rowOfPair)
            {
                offsets[row + 1]++;
            }
            for (int r = 0; r < rowCount; r++)
            {
                offsets[r + 1] += offsets[r];
            }
            var fill = (int[])offsets.Clone();
            var entries = new int[_rowOfPair.Count];
            for (int i = 0; i < _rowOfPair.Count; i++)
            {
                entries[fill[_rowOfPair[i]]++] = _entryOfPair[i];
            }
            return Compact(offsets, entries, rank);
        }


        // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private NameIndex Compact(int[] offsets, int[] entries, Comparison<int> rank)
        {
            var compactOffsets = new int[offsets.Length];
            int written = 0;
            Comparison<int> byPlace = (a, b) => rank(a & NameEntry.PlaceMask, b & NameEntry.PlaceMask);
            for (int r = 0; r + 1 < offsets.Length; r++)
            {
                compactOffsets[r] = written;
                Span<int> row = entries.AsSpan(offsets[r], offsets[r + 1] - offsets[r]);
                if (row.Length > 1)
                {
                    row.Sort(byPlace);
                }
                for (int i = 0; i < row.Length; i++)
                {
                    int place = row[i] & NameEntry.PlaceMask;
                    if (written > compactOffsets[r] && (entries[written - 1] & NameEntry.PlaceMask) == place)
                    {
                        entries[written - 1] |= row[i];
                        continue;
                    }
                    entries[written++] = row[i];
                }
            }
            compactOffsets[^1] = written;
            Array.Resize(ref entries, written);
            return new NameIndex(_rows, [.. _keys], compactOffsets, entries);
        }
    }
}
