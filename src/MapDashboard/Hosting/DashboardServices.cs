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

    public static IServiceCollection AddDashboard(this IServiceCollection services, AppPaths paths)
    {
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddMapDashboardData(paths.DatabasePath);
        services.AddGeoparsing(paths);
        services.AddScoped<FileIngestor>();
        return services;
    }
}
