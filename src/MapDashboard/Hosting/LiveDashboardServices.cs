using MapDashboard.Components.Dashboard;

namespace MapDashboard.Hosting;

/// <summary>The live map page's services: its reads and the one watcher of the store that every open page listens to.</summary>
public static class LiveDashboardServices
{
    public static IServiceCollection AddLiveDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DashboardReader>();
        services.AddSingleton<ReportsWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportsWatcher>());
        services.AddHostedService<StoreChangesListener>();
        services.AddSingleton<OpenCircuits>();
        services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<OpenCircuits>());
        return services;
    }
}
