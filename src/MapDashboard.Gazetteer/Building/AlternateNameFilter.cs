namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// Which GeoNames alternate names are worth keeping for English news: Latin-script spellings a writer
/// might use. Dropped: other scripts (Arabic, Cyrillic, CJK: news in English does not write them),
/// all-lower-case machine romanisations ("alrqt", "sheng hu li ya"), and short all-capital codes
/// ("DEZ", "LHR": airport codes that would make "MAN" or "BER" look like places).
/// </summary>
public static class AlternateNameFilter
{
    private const int MaxCodeLength = 4;

    /// <summary>The alternates to keep, in source order, without duplicates or the name itself.</summary>
    public static string[] Keep(string name, IEnumerable<string> alternates)
    {
        var kept = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        foreach (string raw in alternates)
        {
            string alternate = raw.Trim();
            if (IsUseful(alternate) && seen.Add(alternate))
            {
                kept.Add(alternate);
            }
        }
        return [.. kept];
    }

    /// <summary>True when <paramref name="alternate"/> is Latin script, has a capital, and is not a code.</summary>
    public static bool IsUseful(string alternate)
    {
        if (alternate.Length == 0 || !Storage.PlaceFile.IsStorable(alternate))
        {
            return false;
        }
        bool upper = false;
        bool lower = false;
        foreach (char c in alternate)
        {
            if (!IsLatin(c))
            {
                return false;
            }
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }
        bool code = !lower && alternate.Length <= MaxCodeLength;
        return upper && !code;
    }

    private static bool IsLatin(char c) =>
        c < 0x0250                       // Basic Latin, Latin-1, Latin Extended-A and -B
        || c is >= '\u02B0' and < '\u0370' // modifier letters (ʻ ʿ) and combining marks
        || c is >= '\u1E00' and < '\u1F00' // Latin Extended Additional (ḩ, ṭ)
        || c is >= '\u2000' and < '\u2070'; // punctuation (’ ‘ – )
}
