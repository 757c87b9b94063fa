using System.Collections.Frozen;
using System.Reflection;

namespace MapDashboard.Geoparsing.Data;

/// <summary>
/// Loads the word lists the geoparser owns (embedded <c>Data/*.txt</c>): one entry a line, <c>#</c> starts a
/// comment. Lists are data so that a reviewer can add "Rossiya 24" without touching code.
/// </summary>
internal static class WordList
{
    /// <summary>The entries of <c>Data/{name}.txt</c>, as written.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        var assembly = typeof(WordList).Assembly;
        using var stream = assembly.GetManifestResourceStream($"MapDashboard.Geoparsing.Data.{name}.txt")
            ?? throw new InvalidOperationException($"Missing embedded word list Data/{name}.txt.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }

    /// <summary>The entries of <c>Data/{name}.txt</c> as a case-insensitive set.</summary>
    public static FrozenSet<string> Set(string name) =>
        Lines(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
