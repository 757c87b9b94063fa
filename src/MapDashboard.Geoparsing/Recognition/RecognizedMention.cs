namespace MapDashboard.Geoparsing.Recognition;

/// <summary>What the text says about the kind of place a mention is ("Homs province", "the city of Mosul").</summary>
public enum LevelHint
{
    /// <summary>Nothing said.</summary>
    None,
    /// <summary>A province, governorate or state: prefer a first-level division.</summary>
    Admin,
    /// <summary>A county or parish ("Becker, Clay and Grant counties"): prefer a second-level division.</summary>
    County,
    /// <summary>A region or area: any level.</summary>
    Region,
    /// <summary>A city or town: prefer a populated place.</summary>
    Settlement,
    /// <summary>A village, neighbourhood or district: prefer a small populated place.</summary>
    Locality,
    /// <summary>A valley, mountain, airport: prefer a feature.</summary>
    Feature,
}

/// <summary>
/// The recogniser's output for the resolver: a mention plus what its context says.
/// </summary>
/// <param name="Mention">Where the name stands and its role.</param>
/// <param name="InGazetteer">False for a place-like name the gazetteer lacks (left unresolved).</param>
/// <param name="Hint">The kind of place the context names.</param>
public sealed record RecognizedMention(PlaceMention Mention, bool InGazetteer, LevelHint Hint)
{
    /// <summary>The name to look up when it differs from the text: "NSW" after "New South Wales (NSW)".</summary>
    public string? LookupName { get; init; }
}
