using MapDashboard.Data;
using MapDashboard.Data.Index;
using MapDashboard.Data.Postgres;

namespace MapDashboard.Hosting;

/// <summary>
/// On PostgreSQL, hears what other app instances store and correct (<see cref="PostgresStoreChanges"/>), so this
/// instance's map shows it within a moment; on SQLite it does nothing (one file, and corrections come through the
/// app that holds it).
/// </summary>
public sealed class StoreChangesListener(DatabaseSettings settings, EventIndexChanges changes, ILogger<StoreChangesListener> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        settings.Provider == DatabaseProvider.Postgres
            ? PostgresStoreChanges.ListenAsync(settings.ConnectionString, changes, log.StoreChangesListenFailed, stoppingToken)
            : Task.CompletedTask;
}
