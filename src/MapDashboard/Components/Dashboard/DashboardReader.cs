using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// The map page's reads, each in a scope of its own. A circuit lives as long as the tab, and its parts ask
/// at once (markers, counts, list, histogram): one DbContext for the whole circuit would be shared by
/// concurrent queries and hold its tracked state for hours.
/// </summary>
public sealed class DashboardReader(IServiceScopeFactory scopes)
{
    /// <summary>Runs one read of the map view's queries in a fresh scope.</summary>
    public async Task<T> ReadAsync<T>(Func<IMapViewQueries, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IMapViewQueries>());
    }
}
