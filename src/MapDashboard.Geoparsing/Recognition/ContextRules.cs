using System.Collections.Frozen;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>
/// Context rules that turn down a gazetteer match, each motivated by a false positive seen in the seeds or
/// the GeoVirus development set. They return the reason, or null to keep the match.
/// </summary>
internal static class ContextRules
{
    private static readonly FrozenSet<string> CalendarWords = WordList.Lines("months").Select(l => l.Split(' ')[0])
        .Concat(WordList.Lines("weekdays").Select(l => l.Split(' ')[0])).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Directions = WordList.Set("direction-words");
    private static readonly FrozenSet<string> SpeechVerbs = new[] { "said", "says", "told", "added", "explained", "thinks", "noted", "stated", "commented", "believes", "wrote", "asked", "replied", "argued", "insisted" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> EponymNouns = WordList.Set("eponym-nouns");
    private static readonly FrozenSet<string> Titles = WordList.Lines("person-titles").Select(w => w.TrimEnd('.')).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> RoleWords = WordList.Lines("person-titles").Concat(WordList.Lines("organisation-heads"))
        .Select(w => w.TrimEnd('.')).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> InnerLowercase = new[] { "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "of", "on", "upon", "sur", "en", "im", "am", "an", "der", "den", "van", "von", "y", "e", "and", "the", "ez", "ad", "ar", "as", "az", "ash", "at", "ul", "ud", "bin", "ibn" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The reason given for a lone name that speaks ("Hartl said"): a person, here and elsewhere in the article.</summary>
    public const string PersonSpeaking = "a person speaking";

    /// <summary>Why the match <paramref name="name"/> at [start, end) is not a place here, or null.</summary>
    public static string? Reject(string text, int start, int end, string name, Place? best, IReadOnlyList<Token> tokens, int tokenIndex)
    {
        // "August 28", "beyond Thursday": months and weekdays (all have namesakes somewhere).
        if (CalendarWords.Contains(name)) return "month or weekday";
        // "NHS West Midlands" found as "West"; "a Western Blot Test".
        if (Directions.Contains(name)) return "direction word";
        // "I've": a pronoun, and any one-letter match.
        if (name.Length == 1 || (end < text.Length && text[end] is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && text[end + 1] != 's')) return "word fragment";
        // "A/California/7/2009 (H1N1)" is a virus strain; "US$460 million" a currency.
        if ((start > 0 && text[start - 1] == '/') || (end < text.Length && text[end] is '/' or '$')) return "code or currency";
        // "West Nile virus", "Marburg hemorrhagic fever", "Reston ebolavirus", "Mad Cow disease".
        if (NextWord(tokens, tokenIndex, end) is { } next && EponymNouns.Contains(next)) return "named disease or product";
        if (NextWord(tokens, tokenIndex, end) is "hemorrhagic" or "haemorrhagic") return "named disease or product";
        // "FAO", "SOS", "BAI", "ALMA": short acronyms are organisations unless they name a country or state ("US", "UK", "NSW").
        if (name.Length <= 5 && name.All(c => !char.IsLetter(c) || char.IsUpper(c))
            && best is not { Level: PlaceLevel.Country or PlaceLevel.Admin1 } && !BeforeDivisionAbbreviation(text, end)) return "acronym";
        // "I've", "they'll": a contraction.
        if (name.Contains('\'') || name.Contains('’'))
        {
            var tail = name[(Math.Max(name.LastIndexOf('\''), name.LastIndexOf('’')) + 1)..];
            if (tail is "ve" or "ll" or "re" or "d" or "m" or "t") return "contraction";
        }
        // "mid-Atlantic states", "ex-Soviet": part of a lower-case compound.
        if (start > 0 && text[start - 1] == '-' && tokens[tokenIndex].Start < start && char.IsLower(text[tokens[tokenIndex].Start])) return "inside a compound";
        // "Fatah al-Sham", "Jabhat al-Nusra", "Bashar al-Assad": an Arabic-article name glued to the capitalised
        // word before it belongs to that longer name (al-Sham alone is Damascus).
        if (tokenIndex > 0 && name.Length > 3 && name[2] == '-' && char.IsLower(name[0]) && tokens[tokenIndex - 1].IsCapitalised
            && tokens[tokenIndex - 1].End + 1 == start && text[start - 1] == ' ') return "inside a longer Arabic name";
        // "McDonald's restaurant": Mc- and Mac- names are people and brands.
        if (name.Length > 3 && (name.StartsWith("Mc", StringComparison.Ordinal) && char.IsUpper(name[2]))) return "surname";
        // "Dr. Moll", "Mr. Kemp": a title opens a person's name. An organisation word opening a settlement's
        // own name is part of it ("Union City", "Council Bluffs", "College Station").
        if (FirstWord(name) is { } first && (Titles.Contains(first.TrimEnd('.')) || RoleWords.Contains(first) && best is not { Level: PlaceLevel.City or PlaceLevel.Locality })) return "title or organisation word";
        // "Hartl said", "Clifford says": a lone name that speaks is a person unless it is a state or a capital.
        // Only a verb right after the name speaks for it: in "a resident of Toruń, told" and "in Auckland, said"
        // the speaker comes before.
        if (!name.Contains(' ') && NextWord(tokens, tokenIndex, end) is { } verb && SpeechVerbs.Contains(verb)
            && best is not ({ Level: PlaceLevel.Country or PlaceLevel.Admin1 } or { FeatureCode: "PPLC" })
            && end + 1 < text.Length && text[end] == ' ' && !AfterPlacePreposition(tokens, tokenIndex)) return PersonSpeaking;
        // "Nadia Moayyad said": a lone name before a capitalised word and a speech verb is a given name.
        if (!name.Contains(' ') && IsGivenNameOfSpeaker(tokens, tokenIndex, end)
            && best is not ({ Level: PlaceLevel.Country or PlaceLevel.Admin1 } or { FeatureCode: "PPLC" })) return PersonSpeaking;
        // "Secretary Francisco Duque", "the University of Rouen", "Pope John Paul II": a title or an organisation word.
        if (!name.Contains(' ') && RoleWords.Contains(name)) return "title or organisation word";
        // "The village of Ciocile": a multiword match with a common lower-case word inside is no name.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Skip(1).Any(w => char.IsLower(w[0]) && !InnerLowercase.Contains(w) && !w.Contains('-'))) return "lower-case word inside";
        if (words.Length > 1 && words[0] is "The" or "A" or "An" && best is not { Level: PlaceLevel.Country }) return "article and common noun";
        return null;
    }

    // "PARIS, Ky. —", "ROME, Ga.": a dateline's town in capitals, qualified by its state's abbreviation.
    private static bool BeforeDivisionAbbreviation(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',') return false;
        var at = end + 1;
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && DivisionAbbreviations.At(text, at) is not null;
    }

    // "the city of Sevierville said", "in Columbia said": a preposition before the name makes it a place.
    private static bool AfterPlacePreposition(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].Text is "in" or "of" or "from" or "at" or "near";

    private static bool IsGivenNameOfSpeaker(IReadOnlyList<Token> tokens, int from, int end)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Start < end) k++;
        if (k + 1 >= tokens.Count) return false;
        var surname = tokens[k];
        return surname.Start == end + 1 && surname.IsCapitalised && !surname.IsAllCaps && !surname.HasDigit && !RoleWords.Contains(surname.Bare)
            && SpeechVerbs.Contains(tokens[k + 1].Text);
    }

    private static string? FirstWord(string name) => name.Contains(' ') ? name[..name.IndexOf(' ')] : null;

    private static string? NextWord(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (tokens[k].Start >= end) return tokens[k].Text.ToLowerInvariant();
        }
        return null;
    }
}
