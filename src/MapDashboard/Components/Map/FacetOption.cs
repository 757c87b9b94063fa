namespace MapDashboard.Components.Map;

/// <summary>One checkbox of a filter facet: the value sent to the API or matched in the browser, its label, and its start state.</summary>
/// <param name="Value">The value as the API spells it ("event", "admin1", "SY").</param>
/// <param name="Label">What the user reads.</param>
/// <param name="Checked">Whether the box starts ticked.</param>
public sealed record FacetOption(string Value, string Label, bool Checked = true);
