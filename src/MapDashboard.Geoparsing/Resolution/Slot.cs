using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>One mention being resolved: its candidates, best first after scoring, and its qualifiers.</summary>
internal sealed class Slot(RecognizedMention mention, List<Scored> candidates)
{
    public RecognizedMention Mention { get; } = mention;

    public List<Scored> Candidates { get; } = candidates;

    public List<Slot> QualifierSlots { get; } = [];

    /// <summary>The qualifiers written after a comma ("Paris, Ky."), where only a country or a division qualifies.</summary>
    public HashSet<Slot> QualifiersAfterComma { get; } = [];

    /// <summary>The mentions this one qualifies: "Atlanta" for "Georgia" in "Atlanta, Georgia".</summary>
    public List<Slot> QualifiedSlots { get; } = [];

    /// <summary>The mentions next to this one in a list: "Colorado" and "Illinois" for "Georgia" in "Colorado, Georgia, Illinois".</summary>
    public List<Slot> ListNeighbours { get; } = [];

    private HashSet<long>? _primaryNameIds;

    /// <summary>The candidates whose own (primary) name is the mention's, folded; built on first use.</summary>
    public HashSet<long> PrimaryNameIds => _primaryNameIds ??= PrimaryIds();

    private HashSet<long> PrimaryIds()
    {
        var name = Gazetteer.Names.NameFolder.Fold(Mention.LookupName ?? Mention.Mention.Text);
        return Candidates.Where(c => HasPrimaryName(c.Candidate.Place, name)).Select(c => c.Candidate.Place.Id).ToHashSet();
    }

    /// <summary>Whether <paramref name="p"/>'s own name, folded, is <paramref name="foldedName"/> (not only an alternate of it).</summary>
    public static bool HasPrimaryName(Place p, string foldedName) =>
        string.Equals(Gazetteer.Names.NameFolder.Fold(p.Name), foldedName, StringComparison.Ordinal);

    public Scored? Best => Candidates.Count > 0 ? Candidates[0] : null;

    public double Confidence => Candidates.Count switch
    {
        0 => 0,
        1 => 1,
        _ => Candidates[0].Total - Candidates[1].Total,
    };
}

/// <summary>A candidate with the resolver's prior, total score and the evidence text.</summary>
internal sealed class Scored(Candidate candidate, double prior)
{
    public Candidate Candidate { get; } = candidate;

    public double Prior { get; } = prior;

    public double Total { get; set; } = prior;

    public string Why { get; set; } = "";
}
