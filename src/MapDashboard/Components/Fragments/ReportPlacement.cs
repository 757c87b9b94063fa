using MapDashboard.Data.Model;
using MapDashboard.Gazetteer;

namespace MapDashboard.Components.Fragments;

/// <summary>
/// How sure one report's placement of a popup's place is: the resolver's confidence, whether a user reviewed
/// it, and, when it is uncertain, the places the mention may have meant instead (one click corrects it).
/// </summary>
public sealed record ReportPlacement(double Confidence, MentionReview Review, IReadOnlyList<Place> Alternatives)
{
    /// <summary>
    /// Below this the map draws a place as uncertain (MapCanvas.razor.js's UNCERTAIN_BELOW) and the popup offers the
    /// alternatives: "Aleppo" at 0.18 among its namesakes must not read like a certain match.
    /// </summary>
    public const double UncertainBelow = 0.5;

    /// <summary>How many other candidates an uncertain report offers.</summary>
    public const int AlternativesShown = 2;

    /// <summary>Whether a placement is uncertain: low confidence and no user has chosen the place.</summary>
    public static bool IsUncertain(double confidence, MentionReview review) => review == MentionReview.None && confidence < UncertainBelow;

    /// <summary>Whether this placement is uncertain.</summary>
    public bool Uncertain => IsUncertain(Confidence, Review);
}
