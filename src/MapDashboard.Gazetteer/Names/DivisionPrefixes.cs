namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// The generic words that open some divisions' official names ("Province of Nueva Ecija", "Departamento de
/// Cajamarca"), from <c>Data/division-prefixes.txt</c>. News writes the bare name.
/// </summary>
public static class DivisionPrefixes
{
    private static readonly string[] Phrases = [.. EmbeddedData.Lines("division-prefixes.txt").Select(l => l.Line.Trim() + " ")];

    /// <summary>
    /// The name without a leading division phrase ("Province of Zambales" → "Zambales"), or null when it has
    /// none or nothing would be left.
    /// </summary>
    public static string? Strip(string name)
    {
        string trimmed = name.Trim();
        foreach (string phrase in Phrases)
        {
            if (trimmed.Length > phrase.Length + 1 && trimmed.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[phrase.Length..].TrimStart();
            }
        }
        return null;
    }
}
