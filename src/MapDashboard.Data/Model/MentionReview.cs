namespace MapDashboard.Data.Model;

/// <summary>Whether a user has reviewed a mention's place.</summary>
public enum MentionReview
{
    /// <summary>As the geoparser resolved it.</summary>
    None,
    /// <summary>A user chose the place (confidence 1.0).</summary>
    Corrected,
    /// <summary>A user said it is not a place: off the map, kept in the article as dismissed.</summary>
    Dismissed,
}
