using System.Collections.Frozen;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// The abbreviations of states and provinces that news writes after a place ("Paris, Mo.", "Churchill, Man.";
/// <c>Data/division-abbreviations.txt</c>). After a place name and a comma, such an abbreviation is that
/// division, looked up by its full name and read as a qualifier of the place before it.
/// </summary>
internal static class DivisionAbbreviations
{
    private static readonly FrozenDictionary<string, (string Name, string CountryCode)> ByAbbreviation = Load();

    /// <summary>The longest abbreviation, in characters ("N.W.T.").</summary>
    public static readonly int LongestLength = ByAbbreviation.Keys.Max(k => k.Length);

    private static FrozenDictionary<string, (string, string)> Load()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in WordList.Lines("division-abbreviations"))
        {
            var parts = line.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || parts.Any(p => p.Length == 0)) throw new InvalidOperationException($"Bad line in Data/division-abbreviations.txt: \"{line}\"");
            map.Add(parts[0], (parts[1], parts[2]));
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The full name of the division <paramref name="abbreviation"/> stands for ("Ky." → "Kentucky"), or null.</summary>
    public static string? FullName(string abbreviation) =>
        ByAbbreviation.TryGetValue(abbreviation, out var d) ? d.Name : null;

    /// <summary>The country code of the division <paramref name="abbreviation"/> stands for ("Fla." → "US"), or null.</summary>
    public static string? CountryOf(string abbreviation) =>
        ByAbbreviation.TryGetValue(abbreviation, out var d) ? d.CountryCode : null;

    /// <summary>
    /// The abbreviation that starts at <paramref name="at"/> of <paramref name="text"/>, the longest first
    /// ("W. Va." before "W."), when it ends the word; null when none does.
    /// </summary>
    public static (int Length, string FullName)? At(string text, int at)
    {
        for (var length = Math.Min(LongestLength, text.Length - at); length >= 2; length--)
        {
            if (!ByAbbreviation.TryGetValue(text.Substring(at, length), out var d)) continue;
            var end = at + length;
            // "Mo." ends where a letter cannot follow: "Mon." is no "Mo." and "Va.s" no abbreviation.
            if (end < text.Length && char.IsLetter(text[end])) continue;
            return (length, d.Name);
        }
        return null;
    }

    /// <summary>
    /// Adds a mention for each abbreviation written right after a place mention and a comma: "Paris, Mo." gets
    /// "Mo." (Missouri); a mention already found there ("Mo", a town in Norway) gives way.
    /// </summary>
    public static void Add(string text, List<RecognizedMention> mentions)
    {
        var added = new List<RecognizedMention>();
        foreach (var m in mentions)
        {
            var at = m.Mention.Start + m.Mention.Length;
            if (at + 2 >= text.Length || text[at] != ',') continue;
            at++;
            while (at < text.Length && text[at] == ' ') at++;
            if (at >= text.Length || !char.IsUpper(text[at]) || At(text, at) is not { } hit) continue;
            added.Add(new RecognizedMention(new PlaceMention(at, hit.Length, text.Substring(at, hit.Length), MentionRole.Event), true, LevelHint.Admin) { LookupName = hit.FullName });
        }
        if (added.Count == 0) return;
        mentions.RemoveAll(m => added.Any(a => m.Mention.Start < a.Mention.Start + a.Mention.Length && a.Mention.Start < m.Mention.Start + m.Mention.Length));
        mentions.AddRange(added);
    }
}
