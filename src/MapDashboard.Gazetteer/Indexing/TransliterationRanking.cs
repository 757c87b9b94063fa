using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// Orders the places a name meets only through its transliteration key: closest spelling first (edit
/// distance between the folded query and the place's nearest folded name, in buckets of 0, 1, 2, 3+),
/// then prominence. Motivating example: "Ras al-Ain" shares its loose key with Ra’s al ‘Ayn (Syria, no
/// population figure), Ceylanpınar (Turkey, 31,000) and Rosh Ha‘Ayin (Israel); by prominence alone the
/// Syrian town, one letter away, would come last. Results for known folded keys are computed once.
/// </summary>
internal sealed class TransliterationRanking(Place[] places, NameIndexes names)
{
    /// <summary>Spellings this many edits or more from the query share the last bucket.</summary>
    public const int FarBucket = 3;

    private readonly TransliteratedPlace[]?[] _byFoldedRow = new TransliteratedPlace[]?[names.Folded.KeyCount];

    /// <summary>Places under the transliteration key of folded row <paramref name="row"/> but not under the row itself, best first.</summary>
    public TransliteratedPlace[] ForFoldedRow(int row)
    {
        int translitRow = names.TransliteratedRowOfFoldedRow[row];
        if (translitRow < 0)
        {
            return [];
        }
        ReadOnlySpan<int> loose = names.Transliterated.Entries(translitRow);
        ReadOnlySpan<int> strict = names.Folded.Entries(row);
        // Every place of the folded row is in its transliteration row: same size means nothing new.
        return loose.Length == strict.Length ? [] : _byFoldedRow[row] ??= Rank(names.Folded.KeyAt(row), loose, strict);
    }

    /// <summary>Places under the transliteration key of a folded name the index does not hold, best first.</summary>
    public TransliteratedPlace[] ForUnknownKey(string foldedKey)
    {
        int translitRow = names.Transliterated.Row(TransliterationKey.FromFolded(foldedKey));
        return translitRow < 0 ? [] : Rank(foldedKey, names.Transliterated.Entries(translitRow), default);
    }

    private TransliteratedPlace[] Rank(string foldedKey, ReadOnlySpan<int> loose, ReadOnlySpan<int> strict)
    {
        string translitKey = TransliterationKey.FromFolded(foldedKey);
        var ranked = new List<(int Place, int Bucket, int Order)>(loose.Length);
        for (int i = 0; i < loose.Length; i++)
        {
            int place = loose[i] & NameEntry.PlaceMask;
            if (!Contains(strict, place))
            {
                ranked.Add((place, Math.Min(FarBucket, NearestSpelling(foldedKey, translitKey, places[place])), i));
            }
        }
        ranked.Sort((a, b) => a.Bucket != b.Bucket ? a.Bucket.CompareTo(b.Bucket) : a.Order.CompareTo(b.Order));
        return [.. ranked.Select(r => new TransliteratedPlace(r.Place, r.Bucket))];
    }

    private static bool Contains(ReadOnlySpan<int> entries, int place)
    {
        foreach (int entry in entries)
        {
            if ((entry & NameEntry.PlaceMask) == place)
            {
                return true;
            }
        }
        return false;
    }

    // Only the place's names that share the loose key count: its other names are not what the text wrote.
    private static int NearestSpelling(string foldedKey, string translitKey, Place place)
    {
        int best = int.MaxValue;
        foreach (string name in place.AlternateNames.Prepend(place.Name))
        {
            string folded = NameFolder.Fold(name);
            if (TransliterationKey.FromFolded(folded) == translitKey)
            {
                best = Math.Min(best, EditDistance(foldedKey, folded));
            }
        }
        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

/// <summary>A place met through a transliteration key, with how far its nearest spelling is from the query (0..3).</summary>
internal readonly record struct TransliteratedPlace(int PlaceIndex, int DistanceBucket);
