using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>A recognised mention with the place chosen for it, or none.</summary>
/// <param name="Recognized">The mention and its context.</param>
/// <param name="Place">The chosen entry; null when the gazetteer has no candidate.</param>
/// <param name="Confidence">0..1: the margin of the chosen candidate's score over the next one's.</param>
/// <param name="Alternatives">The other candidates, best first, with the scores the resolver gave them.</param>
/// <param name="Evidence">Why the place was chosen, for the reader.</param>
public sealed record ResolvedMention(RecognizedMention Recognized, Place? Place, double Confidence, IReadOnlyList<Candidate> Alternatives, string Evidence);
