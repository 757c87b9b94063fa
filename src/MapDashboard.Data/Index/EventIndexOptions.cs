namespace MapDashboard.Data.Index;

/// <summary>Where the index reads from and how often it asks the store whether articles were added.</summary>
/// <param name="ConnectionString">The SQLite store (<see cref="MapDashboardDataServices.ConnectionString"/>).</param>
public sealed record EventIndexOptions(string ConnectionString)
{
    /// <summary>
    /// The shortest time between two "did the store grow?" checks (<c>SELECT max(Id) FROM Articles</c>): often
    /// enough that an import shows within a second, rare enough to cost nothing while the map pans.
    /// </summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}
