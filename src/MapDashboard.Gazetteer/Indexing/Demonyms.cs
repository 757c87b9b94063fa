using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// The demonyms and adjectives that stand for a country ("Syrian" → SY), from <c>Data/demonyms.tsv</c>,
/// plus their plurals ("Syrians", "Iraqis"): a word ending in "-an" or "-i" takes an "s"; "-ese", "-ish",
/// "-ch" words are their own plural ("the Chinese", "the British").
/// </summary>
public static class Demonyms
{
    /// <summary>(word as written, ISO 3166-1 alpha-2 code) pairs, plurals included, in file order.</summary>
    public static IReadOnlyList<(string Word, string CountryCode)> All { get; } = Read("demonyms.tsv", code => code.Length == 2);

    /// <summary>
    /// (word as written, place id) pairs for regions and continents ("European" → Europe), plurals included,
    /// from <c>Data/regional-adjectives.tsv</c>; the ids are those of <c>Data/features.tsv</c>.
    /// </summary>
    public static IReadOnlyList<(string Word, long PlaceId)> Regional { get; } =
        [.. Read("regional-adjectives.tsv", id => long.TryParse(id, out _)).Select(r => (r.Word, long.Parse(r.Target, System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>
    /// (word as written, "CC.A1" division key) pairs for states and provinces ("Ohioans" → US.OH), plurals
    /// included, from <c>Data/division-demonyms.tsv</c>.
    /// </summary>
    public static IReadOnlyList<(string Word, string DivisionKey)> Divisional { get; } = Read("division-demonyms.tsv", key => key.Length > 3 && key[2] == '.');

    private static List<(string Word, string Target)> Read(string file, Func<string, bool> isTarget)
    {
        var all = new List<(string, string)>();
        foreach ((int lineNumber, string line) in EmbeddedData.Lines(file))
        {
            string[] fields = line.Split('\t');
            if (fields.Length != 2 || !isTarget(fields[1]))
            {
                throw new InvalidDataException($"{file}:{lineNumber}: expected 'word<TAB>target'.");
            }
            string word = fields[0].Trim();
            all.Add((word, fields[1]));
            if (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith('i'))
            {
                all.Add((word + "s", fields[1]));
            }
        }
        return all;
    }
}
