using MapDashboard.Data.Corrections;
using MapDashboard.Data.Index;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data;

/// <summary>Registers the store: the SQLite context, its queries, the map page's event index and the article store.</summary>
public static class MapDashboardDataServices
{
    /// <summary>Adds the SQLite-backed store for the database file at <paramref name="databasePath"/>.</summary>
    public static IServiceCollection AddMapDashboardData(this IServiceCollection services, string databasePath)
    {
        services.AddDbContext<MapDashboardDbContext>(options => options.UseSqlite(ConnectionString(databasePath)));
        services.AddScoped<IArticleSearch, SqliteArticleSearch>();
        services.AddScoped<IDashboardQueries, SqliteDashboardQueries>();
        services.AddScoped<ArticleStore>();
        services.AddScoped<MentionCorrector>();
        // The map page's index: one copy of the events per process, kept current; its queries are scoped like the search they use.
        services.AddSingleton(new EventIndexOptions(ConnectionString(databasePath)));
        services.AddSingleton<EventIndexChanges>();
        services.AddSingleton<EventIndex>();
        services.AddSingleton<MapViewCache>();
        services.AddScoped<IMapViewQueries, IndexedMapViewQueries>();
        return services;
    }

    /// <summary>The connection string for a database file (created on first use).</summary>
    public static string ConnectionString(string databasePath) => $"Data Source={databasePath};Cache=Shared;Foreign Keys=True";

    /// <summary>Applies pending migrations (creating the file when absent).</summary>
    public static Task MigrateAsync(this MapDashboardDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.MigrateAsync(cancellationToken);
}
