namespace MapDashboard.Components.Corrections;

/// <summary>
/// What the correction page posts. <see cref="Choice"/> is a gazetteer place id, <c>point</c> (the
/// name and coordinates below) or <c>none</c> (not a place). Numbers stay text so a typo comes back with a
/// message instead of being lost.
/// </summary>
public sealed class CorrectionForm
{
    public string? Choice { get; set; }
    public string? Name { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Country { get; set; }
    public string? Level { get; set; }

    /// <summary>Also add the name to the user's gazetteer, so later articles resolve it this way.</summary>
    public bool Always { get; set; }
}
