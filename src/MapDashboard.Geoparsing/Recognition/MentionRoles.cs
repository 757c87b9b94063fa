using System.Collections.Frozen;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Data;

namespace MapDashboard.Geoparsing.Recognition;

/// <summary>Decides what a place mention does in its sentence (<see cref="MentionRole"/>).</summary>
internal sealed class MentionRoles(IGazetteer gazetteer)
{
    private static readonly FrozenSet<string> ActorVerbs = WordList.Set("actor-verbs");
    private static readonly FrozenSet<string> GovernmentNouns = WordList.Set("government-nouns");
    private static readonly FrozenSet<string> GovernmentHeads = WordList.Lines("government-heads").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Actor: a country or capital standing for its government ("Ankara said", "Russia sees no obstacles",
    /// "Moscow and Ankara were in talks", "US-led coalition", "Turkey’s membership"). Adjectival: "Russian-made".
    /// Otherwise an event place.
    /// </summary>
    public MentionRole RoleOf(string text, List<Token> tokens, int ti, int end, Place? best)
    {
        // Hyphenated: "US-led", "Kurdish-led", "Russian-made", "Syria-Tested".
        if (end < text.Length && text[end] == '-')
        {
            var last = tokens.FindLastIndex(t => t.Start < end);
            var cut = end - tokens[last].Start;
            var suffix = cut < tokens[last].Text.Length ? tokens[last].Text[cut..].ToLowerInvariant() : "";
            return suffix is "-led" or "-backed" or "-sponsored" or "-brokered" or "-funded" ? MentionRole.Actor : MentionRole.Adjectival;
        }
        var canAct = best is { Level: PlaceLevel.Country } || best is { FeatureCode: "PPLC" };
        if (!canAct) return MentionRole.Event;
        var tok = tokens[ti];
        var j = ti + 1;
        // "Turkey’s Membership", "Russia’s positions", "Russia’s Defense Ministry" but not "Iraq’s Mosul".
        if (tok.IsPossessive && tok.End == end + 2)
        {
            if (j < tokens.Count && (!tokens[j].IsCapitalised || gazetteer.Lookup(tokens[j].Bare).Count == 0)) return MentionRole.Actor;
            return MentionRole.Event;
        }
        // Skip "and Ankara", adverbs ("formally"), and look for a verb of speech or decision.
        while (j < tokens.Count && (tokens[j].Text is "and" || tokens[j].Text.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(tokens[j].Text[0]) || (tokens[j].IsCapitalised && j > 0 && tokens[j - 1].Text == "and"))) j++;
        if (j < tokens.Count && ActorVerbs.Contains(tokens[j].Text) && !IsAfterPreposition(tokens, ti)) return MentionRole.Actor;
        // "the US coalition carried out an airstrike", "US army", "Russian" aside: the state's own organs.
        if (ti + 1 < tokens.Count && GovernmentNouns.Contains(tokens[ti + 1].Text) && char.IsLower(tokens[ti + 1].Text[0])) return MentionRole.Actor;
        return MentionRole.Event;
    }

    // "in Syria is" is an event; "Syria is" at the head of a clause is an actor.
    private static bool IsAfterPreposition(List<Token> tokens, int ti) =>
        ti > 0 && tokens[ti - 1].Text is "in" or "to" or "from" or "near" or "at" or "of" or "over" or "into" or "across" or "on";

    // "California Department of Public Health" is the state's; "Michigan State University", "China Daily" and
    // "Kenya Red Cross Society" are not.
    public static bool IsGovernmentBody(int end, List<Token> tokens) => IsGovernmentBody(end, tokens, null);

    /// <summary>As <see cref="IsGovernmentBody(int, List{Token})"/>; with <paramref name="text"/>, the words must
    /// follow the name one space apart ("Anderson County Sheriff's Office", not "COLUMBIA, Mo. — Schools").</summary>
    public static bool IsGovernmentBody(int end, List<Token> tokens, string? text)
    {
        // Tokens are in text order: start at the first one after the name, not at the article's first.
        var (lo, hi) = (0, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < end) lo = mid + 1;
            else hi = mid;
        }
        var previousEnd = end;
        for (var i = lo; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsCapitalised) return false;
            if (text is not null && (t.Start != previousEnd + 1 || text[previousEnd] != ' ')) return false;
            previousEnd = t.End;
            if (GovernmentHeads.Contains(t.Bare)) return true;
        }
        return false;
    }
}
