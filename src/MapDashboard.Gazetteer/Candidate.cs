namespace MapDashboard.Gazetteer;

/// <summary>How a looked-up name met a gazetteer name. Earlier members rank first: an exact match always beats a fuzzy one.</summary>
public enum NameMatchKind
{
    /// <summary>The name as written equals a gazetteer name (case aside).</summary>
    Exact,
    /// <summary>Equal after folding diacritics, apostrophes, hyphens and spaces ("Işık" / "Isik").</summary>
    Folded,
    /// <summary>Equal after transliteration folding ("Deir Ezzor" / "Dayr az Zawr").</summary>
    Transliterated,
    /// <summary>A demonym or adjective standing for the place ("Syrian" for Syria).</summary>
    Demonym,
}

/// <summary>A gazetteer entry proposed for a name, with why it was proposed.</summary>
/// <param name="Place">The entry.</param>
/// <param name="Match">How the name matched.</param>
/// <param name="Score">Ranking score in 0..1 from match quality, level and population; higher ranks first.</param>
/// <param name="Reason">Human-readable evidence, e.g. "exact alternate name; pop 177,636; admin1 seat".</param>
public sealed record Candidate(Place Place, NameMatchKind Match, double Score, string Reason);

/// <summary>
/// A span of text that equals some gazetteer name. <see cref="Start"/> and <see cref="Length"/> are in
/// UTF-16 code units of the text given to <see cref="IGazetteer.FindNames"/>.
/// </summary>
public sealed record NameSpan(int Start, int Length, string Text, bool IsDemonym)
{
    /// <summary>
    /// True when the span met a gazetteer name only through its transliteration key ("Deir Ezzor" for
    /// "Dayr az Zawr"); such spans are only proposed for runs of capitalised words.
    /// </summary>
    public bool IsTransliterated { get; init; }
}
