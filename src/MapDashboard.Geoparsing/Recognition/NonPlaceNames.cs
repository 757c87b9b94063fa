using System.Collections.Frozen;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// Finds the names in an article that are never places, whatever the gazetteer says: people, organisations,
/// outlets, ships and weapons. Returns them as blocked spans (UTF-16 code units of the article text).
/// "Gary" is a city in Indiana, but "Israeli Ambassador to Russia Gary Koren" is a person.
/// </summary>
internal sealed class NonPlaceNames
{
    private static readonly FrozenSet<string> Titles = WordList.Lines("person-titles").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> GivenNames = WordList.Set("given-names");
    private static readonly FrozenSet<string> OrganisationHeads = WordList.Lines("organisation-heads").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> FunctionWords = WordList.Set("title-case-function-words");
    private static readonly FrozenSet<string> Abbreviations = WordList.Set("abbreviations");
    private static readonly FrozenSet<string> CalendarWords = WordList.Lines("months").Concat(WordList.Lines("weekdays")).Select(l => l.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> VesselCues = WordList.Set("vessel-cues");
    private static readonly FrozenSet<string> WeaponNouns = WordList.Set("weapon-nouns");
    // Outlets and organisations by their first word: "Rossiyskaya" → ["Rossiyskaya", "Gazeta"]. Matched on
    // tokens, case-sensitively, so "AP" is blocked and "ap" (a word fragment) is not.
    private static readonly Dictionary<string, List<string[]>> Outlets = WordList.Lines("media-and-organisations")
        .Select(l => Token.Read(l).Select(t => t.Text).ToArray())
        .Where(words => words.Length > 0)
        .GroupBy(words => words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToList(), StringComparer.Ordinal);

    /// <summary>Particles inside personal names ("Jean-Yves Le Drian", "Ludwig van Beethoven").</summary>
    private static readonly FrozenSet<string> NameParticles = new[] { "Le", "La", "de", "De", "van", "von", "bin", "ibn", "Al", "al", "El", "el", "der", "du", "da", "di" }.ToFrozenSet();

    /// <summary>Whether <paramref name="word"/> is a known given name ("Kate", "Billy"), as written.</summary>
    public static bool IsGivenName(string word) => GivenNames.Contains(word);

    /// <summary>The blocked spans, and the reason for each, in text order.</summary>
    public static List<(int Start, int End, string Why)> Find(string text, IReadOnlyList<Token> tokens)
    {
        var blocked = new List<(int Start, int End, string Why)>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var ships = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Outlets.TryGetValue(tokens[i].Bare, out var phrases)) continue;
            foreach (var words in phrases)
            {
                if (i + words.Length > tokens.Count) continue;
                var match = true;
                for (var k = 1; k < words.Length && match; k++) match = tokens[i + k].Bare == words[k] && (Adjacent(text, tokens[i + k - 1], tokens[i + k]) || tokens[i + k].Start - tokens[i + k - 1].End == 1 && text[tokens[i + k - 1].End] == '.');
                if (!match) continue;
                var last = tokens[i + words.Length - 1];
                blocked.Add((tokens[i].Start, last.Start + last.Bare.Length, "outlet or organisation"));
                break;
            }
        }

        // Cheap token tests run before the word-list lookups below: this loop sees every word of every article.
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // People: after a title, or a known given name followed by a capitalised word.
            if (i + 1 < tokens.Count && Titles.Contains(t.Text) && Adjacent(text, t, tokens[i + 1]))
            {
                var run = NameRun(tokens, i + 1, text);
                if (run > 0 && !IsPlaceNounAfter(tokens, i + 1 + run))
                {
                    Block(blocked, tokens, i + 1, run, "person (after a title)");
                    surnames.Add(tokens[i + run].Bare);
                }
            }
            if (t.IsCapitalised && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && GivenNames.Contains(t.Text) && Adjacent(text, t, tokens[i + 1]) && !t.IsPossessive
                && !LongerNames.DivisionWords.Contains(tokens[i + 1].Bare))
            {
                var run = NameRun(tokens, i, text);
                if (run >= 2)
                {
                    Block(blocked, tokens, i, run, "person (given name and surname)");
                    surnames.Add(tokens[i + run - 1].Bare);
                }
            }
            // "Tyrise M. Bell", "Patrick J. Sullivan": a name, a middle initial and a surname are a person, whatever
            // the given name (many are in no list), and the surname alone later in the article is that person.
            if (IsMiddleInitial(text, tokens, i))
            {
                Block(blocked, tokens, i - 1, 3, "person (with a middle initial)");
                surnames.Add(tokens[i + 1].Bare);
            }
            // Ships: a capitalised name right after a vessel word, or right before one ("Admiral Kuznetsov heavy aircraft carrier").
            if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && VesselCues.Contains(t.Text))
            {
                var run = NameRun(tokens, i + 1, text);
                if (run > 0) ships.Add(Join(tokens, i + 1, run));
            }
            if (t.Text == "Admiral" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised)
                ships.Add(Join(tokens, i, 1 + NameRun(tokens, i + 1, text)));
            // Weapons: model codes, the names glued to them ("Ka-52K Katran", "Kamov Ka-31R Helix"), and a name before a weapon noun ("Arrow missile").
            if (t.HasDigit && t.Text.Any(char.IsLetter))
            {
                blocked.Add((t.Start, t.End, "weapon or model"));
                if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && Adjacent(text, t, tokens[i + 1])) blocked.Add((tokens[i + 1].Start, tokens[i + 1].End, "weapon name"));
                if (i > 0 && tokens[i - 1].IsCapitalised && Adjacent(text, tokens[i - 1], t) && !tokens[i - 1].IsAllCaps) blocked.Add((tokens[i - 1].Start, tokens[i - 1].End, "weapon maker"));
            }
            if (t.IsCapitalised && !t.IsAllCaps && i + 1 < tokens.Count && WeaponNouns.Contains(tokens[i + 1].Text) && (i == 0 || !tokens[i - 1].IsCapitalised))
                blocked.Add((t.Start, t.End, "weapon name (before a weapon noun)"));
        }
        BlockOrganisations(text, tokens, blocked);

        // Later mentions of the same person or ship: "Konashenkov said", "the Admiral Kuznetsov’s Captain".
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalised && surnames.Contains(tokens[i].Bare)) blocked.Add((tokens[i].Start, tokens[i].Start + tokens[i].Bare.Length, "person (named earlier)"));
        }
        foreach (var ship in ships)
        {
            for (var at = text.IndexOf(ship, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ship, at + ship.Length, StringComparison.Ordinal))
                blocked.Add((at, at + ship.Length, "ship"));
        }
        blocked.Sort((a, b) => a.Start.CompareTo(b.Start));
        return blocked;
    }

    // Organisations: a run of capitalised words holding an organisation head ("Syrian Democratic Forces").
    // A possessive ends the run: in "Russia’s Defense Ministry" the ministry is blocked, Russia is not.
    private static void BlockOrganisations(string text, IReadOnlyList<Token> tokens, List<(int, int, string)> blocked)
    {
        for (var i = 0; i < tokens.Count;)
        {
            // "The California Department ...", "But East Bank Mayor ...", "Sunday Alexandria Police went ...": a
            // capitalised function word or a weekday at a sentence start is not part of the name.
            if (!tokens[i].IsCapitalised || tokens[i].HasDigit || FunctionWords.Contains(tokens[i].Text) || CalendarWords.Contains(tokens[i].Text)) { i++; continue; }
            var j = i;
            while (j + 1 < tokens.Count && !tokens[j].IsPossessive && !EndsSentence(tokens[j]) && tokens[j + 1].IsCapitalised && !tokens[j + 1].HasDigit && Adjacent(text, tokens[j], tokens[j + 1])) j++;
            var head = -1;
            for (var k = i; k <= j; k++) if (OrganisationHeads.Contains(tokens[k].Bare)) head = k;
            // "Homs Governorate" is not here; a lone head word ("the Army") blocks nothing else.
            if (head > i || (head == i && head < j)) Block(blocked, tokens, i, head - i + 1, "organisation");
            i = j + 1;
        }
    }

    // "Boone County Jail. Lebanon Police": a word read with its full stop ends the sentence unless it is an
    // abbreviation ("St. Paul Police", "Mt. Vernon").
    private static bool EndsSentence(Token t) => t.Text.EndsWith('.') && !Abbreviations.Contains(t.Text[..^1]);

    private static int NameRun(IReadOnlyList<Token> tokens, int from, string text)
    {
        var n = 0;
        while (from + n < tokens.Count && n < 4)
        {
            var t = tokens[from + n];
            var ok = (t.IsCapitalised && !t.HasDigit) || (NameParticles.Contains(t.Text) && from + n + 1 < tokens.Count && tokens[from + n + 1].IsCapitalised);
            if (!ok || (n > 0 && !Adjacent(text, tokens[from + n - 1], t)) || Titles.Contains(t.Text)) break;
            n++;
            if (t.IsPossessive) break;
        }
        return n;
    }

    // One capital and a full stop between two capitalised words, one space apart. The surname is no abbreviation:
    // "Wood County, W. Va." is a state.
    private static bool IsMiddleInitial(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Length != 1 || !char.IsUpper(t.Text[0]) || i == 0 || i + 1 >= tokens.Count || t.End >= text.Length || text[t.End] != '.') return false;
        Token given = tokens[i - 1], surname = tokens[i + 1];
        return given.IsCapitalised && !given.IsAllCaps && !given.HasDigit && !given.Text.EndsWith('.') && given.End + 1 == t.Start && text[given.End] == ' '
            && surname.IsCapitalised && !surname.HasDigit && !surname.Text.EndsWith('.') && surname.Start == t.End + 2 && text[t.End + 1] == ' ';
    }

    private static bool IsPlaceNounAfter(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].Text is "province" or "governorate" or "city" or "region";

    // Words of one name are separated by a space, not by a comma or a line break.
    private static bool Adjacent(string text, Token a, Token b)
    {
        for (var k = a.End; k < b.Start; k++)
        {
            if (text[k] is not (' ' or '\u00A0')) return false;
        }
        return b.Start - a.End <= 3;
    }

    private static void Block(List<(int, int, string)> blocked, IReadOnlyList<Token> tokens, int from, int count, string why)
    {
        if (count <= 0) return;
        var last = tokens[from + count - 1];
        blocked.Add((tokens[from].Start, last.Start + last.Bare.Length, why));
    }

    private static string Join(IReadOnlyList<Token> tokens, int from, int count) =>
        string.Join(' ', tokens.Skip(from).Take(Math.Max(count, 1)).Select(t => t.Bare));
}
