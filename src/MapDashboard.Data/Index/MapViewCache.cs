namespace MapDashboard.Data.Index;

/// <summary>
/// The compiled filters and sorted report lists of the last few filters, keyed by filter and snapshot version
/// (a new snapshot never reuses a stale answer). A singleton beside the <see cref="EventIndex"/>.
/// </summary>
public sealed class MapViewCache
{
    /// <summary>Enough for a few users' current filters; each report order is ~12 bytes per report.</summary>
    private const int Capacity = 8;

    internal RecentResults<MentionMatcher> Matchers { get; } = new(Capacity);
    internal RecentResults<ReportOrder> ReportOrders { get; } = new(Capacity);
}
