namespace MapDashboard.Gazetteer.Indexing;

/// <summary>The bits of a <see cref="NameIndex"/> entry.</summary>
internal static class NameEntry
{
    /// <summary>Low bits: the place's index in the gazetteer's place array (up to 268 million places).</summary>
    public const int PlaceMask = (1 << 28) - 1;

    /// <summary>
    /// Some spelling of the place, lower-cased, equals the key itself ("paris" for "Paris"), so a query
    /// that also lower-cases to the key is an exact match without comparing strings.
    /// </summary>
    public const int Plain = 1 << 28;

    /// <summary>The key comes from the place's preferred name, not an alternate one.</summary>
    public const int Primary = 1 << 29;
}
