namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// The folded and transliteration keys of every name of the bundled places, computed by the builder
/// (<see cref="Storage.NameKeyFile"/>) so that loading reads them instead of folding 600,000 names again.
/// Valid only for the places file they were computed from, place for place.
/// </summary>
internal sealed class PrecomputedNameKeys
{
    /// <summary>Distinct folded keys, in the order the builder first met them.</summary>
    public required string[] FoldedKeys { get; init; }

    /// <summary>Distinct transliteration keys of at least <see cref="NameIndexes.MinTransliteratedKeyLength"/> letters.</summary>
    public required string[] TransliteratedKeys { get; init; }

    /// <summary>For each folded key, the index of its transliteration key, or -1 when that key is too short.</summary>
    public required int[] TransliteratedKeyOfFoldedKey { get; init; }

    /// <summary>Place p's names (name, then alternates) have keys <c>PlaceKeyIds[PlaceOffsets[p] .. PlaceOffsets[p+1]]</c>.</summary>
    public required int[] PlaceOffsets { get; init; }

    /// <summary>Folded key index of each name, or -1 when the name folds to nothing.</summary>
    public required int[] PlaceKeyIds { get; init; }

    /// <summary>Number of places covered.</summary>
    public int PlaceCount => PlaceOffsets.Length - 1;
}
