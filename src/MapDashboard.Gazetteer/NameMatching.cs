namespace MapDashboard.Gazetteer;

/// <summary>How loosely <see cref="IGazetteer.Lookup(string, NameMatching)"/> may match a name.</summary>
public enum NameMatching
{
    /// <summary>Exact and folded names, plus demonyms: "Deir ez-Zor" finds Deir ez-Zor, "Deir Ezzor" finds nothing.</summary>
    Strict,
    /// <summary>Also transliteration variants (<see cref="NameMatchKind.Transliterated"/>), ranked after every strict match.</summary>
    Loose,
}
