using System.Text.Json;
using System.Text.Json.Serialization;
using MapDashboard.Data;
using MapDashboard.Data.Ingestion;

namespace MapDashboard.Hosting;

/// <summary>The services both the web host and the command-line verbs use.</summary>
public static class DashboardServices
{
    /// <summary>JSON as the API and the command line write it: camelCase, enums as lower-case words.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }

    /// <summary>
    /// The store, the geoparser and ingestion. The store is SQLite in the data folder unless configuration says
    /// otherwise (<see cref="DatabaseSettings"/>: <c>Database:Provider</c>, <c>ConnectionStrings:MapDashboard</c>).
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, AppPaths paths, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddMapDashboardData(DatabaseSettings.From(
            configuration[DatabaseSettings.ProviderKey], configuration.GetConnectionString(DatabaseSettings.ConnectionStringName), paths.DatabasePath));
        services.AddGeoparsing(paths);
        services.AddScoped<FileIngestor>();
        return services;
    }
}
