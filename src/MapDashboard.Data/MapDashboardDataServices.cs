using MapDashboard.Data.Corrections;
using MapDashboard.Data.Index;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data;

/// <summary>Registers the store: the provider's context, the queries, the map page's event index and the article store.</summary>
public static class MapDashboardDataServices
{
    /// <summary>Adds the SQLite-backed store for the database file at <paramref name="databasePath"/>.</summary>
    public static IServiceCollection AddMapDashboardData(this IServiceCollection services, string databasePath) =>
        services.AddMapDashboardData(new DatabaseSettings(DatabaseProvider.Sqlite, SqliteStore.ConnectionString(databasePath)));

    /// <summary>Adds the store on the provider <paramref name="settings"/> name.</summary>
    public static IServiceCollection AddMapDashboardData(this IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<MapDashboardDbContext, PostgresDashboardDbContext>(
                options => PostgresStore.Configure(options, settings.ConnectionString));
        }
        else
        {
            services.AddDbContext<MapDashboardDbContext, SqliteDashboardDbContext>(options => options.UseSqlite(settings.ConnectionString));
        }

        // Data Protection keys (antiforgery tokens, circuits) in the store: every app instance on one database
        // protects and unprotects with the same key ring. One application name, whatever folder an instance runs from.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<MapDashboardDbContext>();
        services.AddScoped(sp => sp.GetRequiredService<MapDashboardDbContext>().CreateArticleSearch());
        services.AddScoped<IDashboardQueries, DashboardQueries>();
        services.AddScoped<ArticleStore>();
        services.AddScoped<MentionCorrector>();
        // The map page's index: one copy of the events per process, kept current; its queries are scoped like the search they use.
        services.AddSingleton(new EventIndexOptions(settings.ConnectionString) { Provider = settings.Provider });
        services.AddSingleton<EventIndexChanges>();
        services.AddSingleton<EventIndex>();
        services.AddSingleton<MapViewCache>();
        services.AddScoped<IMapViewQueries, IndexedMapViewQueries>();
        return services;
    }

    /// <summary>The Data Protection application name every instance shares (it isolates key rings by purpose).</summary>
    public const string DataProtectionApplicationName = "MapDashboard";
}
