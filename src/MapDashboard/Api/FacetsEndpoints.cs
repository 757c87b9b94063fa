using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary>
/// <c>GET /api/facets</c>: event counts by country, source, level and role under the whole filter (each value also
/// with its reports), read from the index; the map page's own counts, each facet's choice left out, are
/// <c>/api/facet-counts</c> (<see cref="MapViewEndpoints"/>).
/// </summary>
public static class FacetsEndpoints
{
    public static IEndpointRouteBuilder MapFacetsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Events");
        api.MapGet("/facets", GetFacets).WithName("GetFacets");
        return app;
    }

    /// <summary>The counts over the events the same parameters as <c>/api/events</c> select.</summary>
    public static async Task<Results<Ok<EventFacets>, ProblemHttpResult>> GetFacets(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
        }

        return TypedResults.Ok((await queries.GetFacetsAsync(filter, cancellationToken)).Within(filter));
    }
}
