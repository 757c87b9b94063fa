using System.Collections.Frozen;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// Finds a small place's name standing inside a longer capitalised name the gazetteer lacks: "Kasai Occidental"
/// (not Occidental, California), "Ural Mountains" (not Ural, a village), "Islington Bay" (not Islington,
/// London), "Abu Shok" camp. Headlines in title case are left alone ("Strategic Heights Near Palmyra").
/// </summary>
internal static class LongerNames
{
    private static readonly FrozenSet<string> Glue = WordList.Set("title-case-function-words");
    private static readonly FrozenSet<string> Directions = WordList.Set("direction-words");

    private static readonly FrozenSet<string> PlaceHeads = WordList.Set("place-name-heads");

    private static readonly FrozenSet<string> NaturalFeatureHeads = WordList.Set("natural-feature-heads");

    /// <summary>"County", "Parish", "Township": the words that close a county-level division's name.</summary>
    public static readonly FrozenSet<string> DivisionWords = WordList.Lines("division-words").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Islington Bay", "Ural Mountains", "Mount Elgon", "St. Marc": a place word opens or closes the name.</summary>
    public static bool ReadsAsPlace(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && (PlaceHeads.Contains(words[^1]) || PlaceHeads.Contains(words[0]));
    }

    /// <summary>A line with more words than this is a paragraph, not a headline.</summary>
    public const int MaxHeadlineWords = 30;

    /// <summary>Share of capitalised words above which a line is a title-case headline.</summary>
    public const double TitleCaseShare = 0.6;

    /// <summary>The longer name around [start, end), or null when the match stands alone or is a big place.</summary>
    public static (int Start, int End)? Around(string text, List<Token> tokens, int first, int start, int end, Place? best, long populationFloor)
    {
        if (best is null) return null;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start < end) last++;
        var from = first;
        var to = last;
        while (from > 0 && Joins(text, tokens[from - 1], tokens[from]) && !tokens[from - 1].IsPossessive) from--;
        while (to + 1 < tokens.Count && !tokens[to].IsPossessive && Joins(text, tokens[to], tokens[to + 1])) to++;
        if (from == first && to == last) return null;
        // "Anderson County Sheriff's Office", "Walker County Judge Danny Pierce": a county's name is whole; what
        // follows is the county's office.
        if (from == first && last > first && DivisionWords.Contains(tokens[last].Bare)) return null;
        if (!IsNaturalFeature(tokens, first, last, from, to, best)
            && (best.Level is PlaceLevel.Country or PlaceLevel.Admin1 || best.Population >= populationFloor)) return null;
        if (IsTitleCaseLine(text, tokens, first)) return null;
        return (tokens[from].Start, tokens[to].Start + tokens[to].Bare.Length);
    }

    // The longer name is a natural feature, whatever the size of the place inside it: the match is itself the
    // feature word ("Delta" of "Danube Delta", "Lake" of "Lake Titicaca"), or a town's name opens or closes a
    // feature's ("Islington Bay"). A country or province inside one ("Jordan Valley", "Bekaa Valley") still
    // stands for its own area, which holds the feature.
    private static bool IsNaturalFeature(List<Token> tokens, int first, int last, int from, int to, Place best)
    {
        if (first == last && NaturalFeatureHeads.Contains(tokens[first].Bare)) return true;
        return best.Level is PlaceLevel.City or PlaceLevel.Locality
            && (NaturalFeatureHeads.Contains(tokens[from].Bare) || NaturalFeatureHeads.Contains(tokens[to].Bare));
    }

    // Two words of one name: a single space apart, the other one capitalised and no function word or direction.
    private static bool Joins(string text, Token a, Token b)
    {
        if (b.Start - a.End != 1 || text[a.End] != ' ') return false;
        foreach (var t in new[] { a, b })
        {
            if (!t.IsCapitalised || t.HasDigit || Glue.Contains(t.Text) || Directions.Contains(t.Text)) return false;
        }
        return true;
    }

    private static bool IsTitleCaseLine(string text, List<Token> tokens, int index)
    {
        int words = 0, capitals = 0;
        void Count(Token t)
        {
            if (!char.IsLetter(t.Text[0])) return;
            words++;
            if (char.IsUpper(t.Text[0])) capitals++;
        }
        // Walk out from the match to the line's ends (a line break between two tokens ends the walk); a line
        // longer than any headline is a paragraph.
        Count(tokens[index]);
        var k = index - 1;
        for (; k >= 0 && index - k <= MaxHeadlineWords && text.IndexOf('\n', tokens[k].End, tokens[k + 1].Start - tokens[k].End) < 0; k--) Count(tokens[k]);
        if (index - k > MaxHeadlineWords) return false;
        k = index + 1;
        for (; k < tokens.Count && k - index <= MaxHeadlineWords && text.IndexOf('\n', tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End) < 0; k++) Count(tokens[k]);
        if (k - index > MaxHeadlineWords) return false;
        return words >= 3 && capitals >= TitleCaseShare * words;
    }
}
