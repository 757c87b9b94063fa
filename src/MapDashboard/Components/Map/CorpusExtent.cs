using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Map;

/// <summary>What the map page needs to know before the browser loads events: the date span, the counts and the facets.</summary>
/// <param name="First">The earliest event date, or null when no event is dated.</param>
/// <param name="Last">The latest event date, or null when no event is dated.</param>
/// <param name="Total">All events.</param>
/// <param name="Undated">Events without a date.</param>
public sealed record CorpusExtent(DateOnly? First, DateOnly? Last, int Total, int Undated)
{
    /// <summary>ISO 3166-1 alpha-2 codes of the events' countries, sorted.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The extent of a set of events.</summary>
    public static CorpusExtent Of(IReadOnlyCollection<EventRecord> events)
    {
        var dated = events.Where(e => e.Date is not null).Select(e => e.Date!.Value).ToList();
        return new CorpusExtent(
            dated.Count > 0 ? dated.Min() : null,
            dated.Count > 0 ? dated.Max() : null,
            events.Count,
            events.Count - dated.Count)
        {
            Countries = events.Select(e => e.Country).Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToList(),
        };
    }
}
