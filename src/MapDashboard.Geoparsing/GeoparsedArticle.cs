using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing;

/// <summary>An article with its date and every place mention, resolved or not.</summary>
public sealed record GeoparsedArticle(ArticleText Article, FuzzyDate Date, IReadOnlyList<GeoparsedMention> Mentions)
{
    /// <summary>Where the article date comes from ("metadata", "dateline 03-17, year 2017 from ...").</summary>
    public string DateEvidence { get; init; } = "";
}

/// <summary>
/// A place mention after resolution and dating. <see cref="Place"/> is null for a place-like name the
/// gazetteer lacks (kept for review, never guessed onto the map).
/// </summary>
/// <param name="Mention">Where the name stands in the article text and its role.</param>
/// <param name="Place">The chosen gazetteer entry, or null when unresolved.</param>
/// <param name="Confidence">0..1: the margin of the chosen candidate over the next one.</param>
/// <param name="Alternatives">The other candidates considered, best first (for "wrong place?").</param>
/// <param name="Evidence">Why this place was chosen, for the reader.</param>
/// <param name="Date">The event date governing the mention's sentence, else the article date.</param>
/// <param name="SentenceStart">Start of the sentence holding the mention, UTF-16 code units of the article text.</param>
/// <param name="SentenceLength">Length of that sentence.</param>
public sealed record GeoparsedMention(
    PlaceMention Mention,
    Place? Place,
    double Confidence,
    IReadOnlyList<Candidate> Alternatives,
    string Evidence,
    FuzzyDate Date,
    int SentenceStart,
    int SentenceLength);
