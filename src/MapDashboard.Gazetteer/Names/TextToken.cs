namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// One word of a text: its span in UTF-16 code units, its folded form (<see cref="NameFolder"/>), and
/// whether it starts with a capital letter (evidence for the recogniser, and the gate for loose matching).
/// </summary>
public readonly record struct TextToken(int Start, int Length, string Folded, bool IsCapitalised)
{
    /// <summary>The offset just past the token, in UTF-16 code units.</summary>
    public int End => Start + Length;
}
