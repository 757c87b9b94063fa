using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// One <see cref="IGazetteer.Lookup(string, NameMatching)"/>: fold the name, read its rows, and list the
/// candidates exact first, then folded, then transliterated, then demonyms; within each kind the rows'
/// prominence order holds (<see cref="Prominence"/>).
/// </summary>
internal readonly ref struct CandidateLookup(
    Place[] places, NameIndexes names, CandidateFactory candidates, TransliterationRanking transliterationRanking)
{
    private const int StackFoldLimit = 256;

    /// <summary>The ranked candidates for <paramref name="name"/>; an empty list when none.</summary>
    public IReadOnlyList<Candidate> Find(string name, NameMatching matching)
    {
        Span<char> buffer = name.Length <= StackFoldLimit ? stackalloc char[name.Length * 2 + 4] : default;
        int written = name.Length <= StackFoldLimit ? NameFolder.Fold(name, buffer) : -1;
        ReadOnlySpan<char> key = written >= 0 ? buffer[..written] : NameFolder.Fold(name);
        if (key.IsEmpty)
        {
            return [];
        }
        int row = names.Folded.Row(key);
        ReadOnlySpan<int> folded = names.Folded.Entries(row);
        ReadOnlySpan<int> demonyms = names.Demonyms.Find(key);
        TransliteratedPlace[] transliterated = [];
        // A listed demonym ("Syrian") is a word, not a misspelt place: no loose variants ("Sayyan").
        if (matching == NameMatching.Loose && demonyms.IsEmpty)
        {
            transliterated = row >= 0
                ? transliterationRanking.ForFoldedRow(row)
                : transliterationRanking.ForUnknownKey(key.ToString());
        }
        if (folded.IsEmpty && transliterated.Length == 0 && demonyms.IsEmpty)
        {
            return [];
        }
        var result = new List<Candidate>(folded.Length + transliterated.Length + demonyms.Length);
        AddFolded(name, key, folded, result);
        foreach (TransliteratedPlace place in transliterated)
        {
            result.Add(candidates.GetTransliterated(place.PlaceIndex, place.DistanceBucket));
        }
        AddOthers(demonyms, NameMatchKind.Demonym, result);
        return result;
    }

    private void AddFolded(string name, ReadOnlySpan<char> key, ReadOnlySpan<int> entries, List<Candidate> result)
    {
        if (entries.IsEmpty)
        {
            return;
        }
        bool plainQuery = NameIndexes.IsPlain(name, key);
        Span<bool> exact = entries.Length <= 512 ? stackalloc bool[entries.Length] : new bool[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            exact[i] = plainQuery ? (entries[i] & NameEntry.Plain) != 0 : HasSpelling(places[entries[i] & NameEntry.PlaceMask], name);
        }
        for (int i = 0; i < entries.Length; i++)
        {
            if (exact[i])
            {
                Place place = places[entries[i] & NameEntry.PlaceMask];
                bool primary = plainQuery ? (entries[i] & NameEntry.Primary) != 0 : place.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
                result.Add(candidates.Get(entries[i] & NameEntry.PlaceMask, NameMatchKind.Exact, primary));
            }
        }
        for (int i = 0; i < entries.Length; i++)
        {
            if (!exact[i])
            {
                result.Add(candidates.Get(entries[i] & NameEntry.PlaceMask, NameMatchKind.Folded, (entries[i] & NameEntry.Primary) != 0));
            }
        }
    }

    private void AddOthers(ReadOnlySpan<int> entries, NameMatchKind kind, List<Candidate> result)
    {
        int already = result.Count;
        HashSet<Place>? seen = already > 16 ? new(result.Select(c => c.Place), ReferenceEqualityComparer.Instance) : null;
        foreach (int entry in entries)
        {
            Place place = places[entry & NameEntry.PlaceMask];
            bool present = seen?.Contains(place) ?? Contains(result, already, place);
            if (!present)
            {
                result.Add(candidates.Get(entry & NameEntry.PlaceMask, kind, primaryName: false));
            }
        }
    }

    private static bool Contains(List<Candidate> result, int count, Place place)
    {
        for (int i = 0; i < count; i++)
        {
            if (ReferenceEquals(result[i].Place, place))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasSpelling(Place place, string name)
    {
        if (place.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (string alternate in place.AlternateNames)
        {
            if (alternate.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
