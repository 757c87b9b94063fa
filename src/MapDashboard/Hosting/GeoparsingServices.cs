using System.Diagnostics;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing;

namespace MapDashboard.Hosting;

/// <summary>Registers the gazetteer (loaded once, shared) and the geoparser.</summary>
public static class GeoparsingServices
{
    public static IServiceCollection AddGeoparsing(this IServiceCollection services, AppPaths paths)
    {
        services.AddSingleton<IGazetteer>(sp =>
        {
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("MapDashboard.Gazetteer");
            var watch = Stopwatch.StartNew();
            var gazetteer = GazetteerLoader.Load(paths.GazetteerDirectory, paths.UserGazetteerDirectory);
            log.GazetteerLoaded(paths.GazetteerDirectory, watch.ElapsedMilliseconds);
            return gazetteer;
        });
        services.AddSingleton(sp => new Api.CityLabels(sp.GetRequiredService<IGazetteer>()));
        services.AddSingleton(sp => new Components.Dashboard.AreaKinds(sp.GetRequiredService<IGazetteer>()));
        services.AddSingleton(sp => new Api.AreaShapes(sp.GetRequiredService<IGazetteer>()));
        services.AddSingleton(sp => new Geoparser(sp.GetRequiredService<IGazetteer>()));
        services.AddSingleton(sp => new Lazy<Geoparser>(sp.GetRequiredService<Geoparser>));
        return services;
    }
}
