using System.Collections.Frozen;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// A place opening an organisation's name is a place the article points to: "Huntsville High School",
/// "Edgar County Community Foundation", "Northern Illinois University" (issue 11). Outlets are not
/// ("Mansfield News Journal": where the paper is printed), nor are eponyms ("Stanford University" is named
/// after a man, not after Stanford, Kentucky).
/// </summary>
internal static class OrganisationPlaces
{
    private static readonly FrozenSet<string> Directions = WordList.Set("direction-words");
    private static readonly FrozenSet<string> OutletHeads = WordList.Lines("outlet-heads").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the place at [<paramref name="start"/>, <paramref name="end"/>) opens the organisation blocked
    /// at [<paramref name="blockStart"/>, <paramref name="blockEnd"/>): it is the name's first word, or only
    /// compass words come before it ("Western Boone Education Foundation"), and no word after it is an outlet's.
    /// </summary>
    public static bool Opens(string text, List<Token> tokens, int blockStart, int blockEnd, int start, int end)
    {
        if (start < blockStart || end >= blockEnd || JoinedByAnd(text, blockStart)) return false;
        foreach (var t in tokens)
        {
            if (t.End <= blockStart) continue;
            if (t.Start >= blockEnd) break;
            if (t.Start < start && !Directions.Contains(t.Bare)) return false;
            if (t.Start >= end && OutletHeads.Contains(t.Bare)) return false;
        }
        return true;
    }

    // "Food and Drug Administration", "Fire and Rescue Service": a capitalised word and "and" before the run
    // open the name (Drug is also a city in India).
    private static bool JoinedByAnd(string text, int blockStart)
    {
        var before = text.AsSpan(0, blockStart).TrimEnd();
        if (!before.EndsWith(" and", StringComparison.Ordinal) && !before.EndsWith(" &", StringComparison.Ordinal)) return false;
        var rest = before[..before.LastIndexOf(' ')].TrimEnd();
        var space = rest.LastIndexOf(' ');
        var word = rest[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// Whether a place opening an organisation is named after the place on its own evidence: a name of two
    /// words or more ("Mount Pleasant High School") or a country, state or county ("Florida State University").
    /// A town's single-word name needs the article to name the town elsewhere too: "Stanford University" and
    /// "Aberdeen University" alone say where a speaker works, not where the news is.
    /// </summary>
    public static bool StandsAlone(string name, Place best) =>
        name.Contains(' ') || best.Level is PlaceLevel.Country or PlaceLevel.Admin1 or PlaceLevel.Admin2;
}
