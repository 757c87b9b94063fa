using System.Runtime.CompilerServices;
using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// The three name indexes of a gazetteer and what <see cref="NameFinder"/> needs to scan text with them:
/// folded names, transliteration keys, demonyms, and for each first word the most words a name starting
/// with it has ("deir" → 4 because of "Deir el Balah ..."), so a scan tries no longer run than can match,
/// and a filter that rules out most of the runs it does try before they reach the indexes.
/// </summary>
internal sealed class NameIndexes
{
    private NameIndexes(
        NameIndex folded, NameIndex transliterated, int[] transliteratedRowOfFoldedRow, NameIndex demonyms, Dictionary<string, int> maxTokens, NameKeyFilter keyFilter)
    {
        Folded = folded;
        Transliterated = transliterated;
        TransliteratedRowOfFoldedRow = transliteratedRowOfFoldedRow;
        Demonyms = demonyms;
        MaxTokensByFirstToken = maxTokens;
        FoldedOrDemonymFilter = keyFilter;
    }

    /// <summary>
    /// Shortest transliteration key indexed: "us" (U.S.) would otherwise meet Osh, Oss and Os.
    /// </summary>
    public const int MinTransliteratedKeyLength = 4;

    /// <summary>Folded name → places (<see cref="NameFolder"/>).</summary>
    public NameIndex Folded { get; }

    /// <summary>Transliteration key → places (<see cref="TransliterationKey"/>).</summary>
    public NameIndex Transliterated { get; }

    /// <summary>For each row of <see cref="Folded"/>, the row of its transliteration key in <see cref="Transliterated"/>.</summary>
    public int[] TransliteratedRowOfFoldedRow { get; }

    /// <summary>Folded demonym → the countries it stands for.</summary>
    public NameIndex Demonyms { get; }

    /// <summary>
    /// Folded first word → the most words of any multiword folded name or demonym starting with it. Words
    /// absent here start no multiword name (a one-word name is checked directly): keeping single words out
    /// spares the load 400,000 insertions.
    /// </summary>
    public Dictionary<string, int> MaxTokensByFirstToken { get; }

    /// <summary>Every key of <see cref="Folded"/> and <see cref="Demonyms"/>: a key it rules out is in neither.</summary>
    public NameKeyFilter FoldedOrDemonymFilter { get; }

    /// <summary>
    /// Indexes every name of every place, and the demonyms; rows ordered by prominence, then id. Places for which
    /// <paramref name="usePrecomputed"/> says yes take their keys from <paramref name="precomputed"/> instead of folding.
    /// </summary>
    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NameIndexes Build(
        Place[] places,
        double[] prominence,
        IEnumerable<(string Word, int PlaceIndex)> demonyms,
        PrecomputedNameKeys? precomputed = null,
        Func<int, bool>? usePrecomputed = null)
    {
        Comparison<int> rank = (a, b) =>
        {
            int byProminence = prominence[b].CompareTo(prominence[a]);
            return byProminence != 0 ? byProminence : places[a].Id.CompareTo(places[b].Id);
        };
        bool[] fromPrecomputed = new bool[places.Length];
        for (int i = 0; precomputed is not null && i < Math.Min(places.Length, precomputed.PlaceCount); i++)
        {
            fromPrecomputed[i] = (usePrecomputed?.Invoke(i) ?? true)
                && precomputed.PlaceOffsets[i + 1] - precomputed.PlaceOffsets[i] == places[i].AlternateNames.Count + 1;
        }
        NameIndex folded = BuildFolded(places, rank, precomputed, fromPrecomputed);
        // Two independent jobs: one per core.
        Task<(NameIndex, int[])> transliteratedTask = Task.Run(() => BuildTransliterated(folded, rank, precomputed));
        var maxTokens = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyFilter = new NameKeyFilter(folded.KeyCount);
        for (int row = 0; row < folded.KeyCount; row++)
        {
            NoteTokens(folded.KeyAt(row), maxTokens);
            keyFilter.Add(folded.KeyAt(row));
        }
        (NameIndex transliterated, int[] rowMap) = transliteratedTask.Result;
        var demonymBuilder = new NameIndex.Builder();
        foreach ((string word, int placeIndex) in demonyms)
        {
            string key = NameFolder.Fold(word);
            demonymBuilder.Add(key, placeIndex, NameEntry.Plain);
            NoteTokens(key, maxTokens);
            keyFilter.Add(key);
        }
        return new NameIndexes(folded, transliterated, rowMap, demonymBuilder.Build(rank), maxTokens, keyFilter);
    }


    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NameIndex BuildFolded(Place[] places, Comparison<int> rank, PrecomputedNameKeys? precomputed, bool[] fromPrecomputed)
    {
        // Folding is the expensive part (600,000 names): skip it where the builder stored the keys,
        // do the rest on every core, then insert in place order.
        var keys = new string[places.Length][];
        Parallel.For(0, places.Length, i => keys[i] = fromPrecomputed[i] ? [] : FoldAll(places[i]));
        var builder = new NameIndex.Builder();
        foreach (string key in precomputed?.FoldedKeys ?? [])
        {
            builder.AddKey(key);
        }
        for (int i = 0; i < places.Length; i++)
        {
            Place place = places[i];
            int names = place.AlternateNames.Count + 1;
            for (int n = 0; n < names; n++)
            {
                string spelling = n == 0 ? place.Name : place.AlternateNames[n - 1];
                int row;
                if (fromPrecomputed[i])
                {
                    row = precomputed!.PlaceKeyIds[precomputed.PlaceOffsets[i] + n];
                }
                else
                {
                    row = keys[i][n].Length == 0 ? -1 : builder.AddKey(keys[i][n]);
                }
                if (row < 0)
                {
                    continue;
                }
                string key = row < (precomputed?.FoldedKeys.Length ?? 0) ? precomputed!.FoldedKeys[row] : keys[i][n];
                int flags = (n == 0 ? NameEntry.Primary : 0) | (IsPlain(spelling, key) ? NameEntry.Plain : 0);
                builder.Add(row, i, flags);
            }
        }
        return builder.Build(rank);
    }


    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (NameIndex, int[]) BuildTransliterated(NameIndex folded, Comparison<int> rank, PrecomputedNameKeys? precomputed)
    {
        int known = precomputed?.FoldedKeys.Length ?? 0;
        var computed = new string?[folded.KeyCount];
        Parallel.For(known, folded.KeyCount, row => computed[row] = TransliterationKey.FromFolded(folded.KeyAt(row)));
        var builder = new NameIndex.Builder();
        foreach (string key in precomputed?.TransliteratedKeys ?? [])
        {
            builder.AddKey(key);
        }
        var rowMap = new int[folded.KeyCount];
        for (int row = 0; row < folded.KeyCount; row++)
        {
            int translitRow = row < known
                ? precomputed!.TransliteratedKeyOfFoldedKey[row]
                : computed[row]!.Length < MinTransliteratedKeyLength ? -1 : builder.AddKey(computed[row]!);
            rowMap[row] = translitRow;
            if (translitRow < 0)
            {
                continue;
            }
            foreach (int entry in folded.Entries(row))
            {
                builder.Add(translitRow, entry & NameEntry.PlaceMask, 0);
            }
        }
        return (builder.Build(rank), rowMap);
    }

    private static string[] FoldAll(Place place)
    {
        var keys = new string[place.AlternateNames.Count + 1];
        keys[0] = NameFolder.Fold(place.Name);
        for (int i = 0; i < place.AlternateNames.Count; i++)
        {
            keys[i + 1] = NameFolder.Fold(place.AlternateNames[i]);
        }
        return keys;
    }

    /// <summary>True when <paramref name="spelling"/> lower-cased is <paramref name="key"/> itself.</summary>
    public static bool IsPlain(ReadOnlySpan<char> spelling, ReadOnlySpan<char> key)
    {
        if (spelling.Length != key.Length)
        {
            return false;
        }
        for (int i = 0; i < key.Length; i++)
        {
            if (char.ToLowerInvariant(spelling[i]) != key[i])
            {
                return false;
            }
        }
        return true;
    }

    private static void NoteTokens(string key, Dictionary<string, int> maxTokens)
    {
        int space = key.IndexOf(' ');
        if (space < 0)
        {
            return;
        }
        var lookup = maxTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> first = key.AsSpan(0, space);
        int count = 1 + key.AsSpan().Count(' ');
        if (!lookup.TryGetValue(first, out int known) || known < count)
        {
            lookup[first] = count;
        }
    }
}
