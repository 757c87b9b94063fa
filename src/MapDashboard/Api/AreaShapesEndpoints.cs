using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary>
/// <c>GET /api/area-shapes/{code}</c>: a country's simplified shape as a GeoJSON geometry (see <see cref="AreaShapes"/>),
/// for the map's "Countries and regions" layer. Which countries are drawn, and their counts, come with the markers.
/// </summary>
public static class AreaShapesEndpoints
{
    public static IEndpointRouteBuilder MapAreaShapesEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Basemap");
        api.MapGet("/area-shapes/{code:length(2)}", GetShape).WithName("GetAreaShape");
        return app;
    }

    public static Results<FileContentHttpResult, NotFound> GetShape(string code, HttpContext context, AreaShapes shapes)
    {
        if (shapes.Country(code) is not { } geometry)
        {
            return TypedResults.NotFound();
        }

        // A shape never changes while the app runs: the browser asks once a day at most.
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.File(geometry, "application/geo+json");
    }
}
