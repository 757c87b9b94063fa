using MapDashboard.Data;
using MapDashboard.Data.Ingestion;

namespace MapDashboard.Hosting;

/// <summary>
/// First run: migrates the database and ingests the bundled <c>seeds/</c>. Files are keyed by content hash,
/// so a later start finds them stored and only hashes them (milliseconds), never geoparsing twice.
/// </summary>
public static class SeedIngestion
{
    /// <summary>Configuration key: set to false to start with an empty database.</summary>
    public const string EnabledKey = "Seeds:Enabled";

    /// <summary>Creates the data folder and applies pending migrations.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(services.GetRequiredService<AppPaths>().DataDirectory);
        await services.GetRequiredService<MapDashboardDbContext>().MigrateAsync(cancellationToken);
    }

    /// <summary>Migrates, then ingests the seeds unless <see cref="EnabledKey"/> is false.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<AppPaths>();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.MigrateDatabaseAsync();
        if (!app.Configuration.GetValue(EnabledKey, true) || !Directory.Exists(paths.SeedsDirectory))
        {
            return;
        }

        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MapDashboard.Seeds");
        var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
        foreach (var file in await ingestor.IngestAsync([paths.SeedsDirectory]))
        {
            if (file.Error is not null)
            {
                log.SeedSkipped(file.Error);
            }
            else if (file.Result is { AlreadyIngested: false } result)
            {
                log.SeedStored(file.Path, result.ArticlesAdded, result.EventsAdded, result.UnresolvedAdded);
            }
        }
    }
}
