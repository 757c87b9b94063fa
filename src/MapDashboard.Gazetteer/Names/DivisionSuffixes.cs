namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// The generic words that follow a division's name ("Raqqa province", "Damascus Governorate"), from
/// <c>Data/division-suffixes.txt</c>.
/// </summary>
public static class DivisionSuffixes
{
    private static readonly string[] Words = [.. EmbeddedData.Lines("division-suffixes.txt").Select(l => l.Line.Trim())];

    /// <summary>
    /// The name without a trailing division word ("Raqqa province" → "Raqqa"), or null when it has none
    /// or nothing would be left.
    /// </summary>
    public static string? Strip(string name)
    {
        string trimmed = name.Trim();
        foreach (string word in Words)
        {
            if (trimmed.Length > word.Length + 2 && trimmed.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && trimmed[^(word.Length + 1)] is ' ' or '-')
            {
                return trimmed[..^(word.Length + 1)].TrimEnd();
            }
        }
        return null;
    }
}
