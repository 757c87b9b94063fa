using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary><c>GET /api/events</c>: the point events as GeoJSON, filtered by date range, box and role.</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Events");
        api.MapGet("/events", GetEvents).WithName("GetEvents");
        return app;
    }

    public static async Task<Results<Ok<EventFeatureCollection>, ProblemHttpResult>> GetEvents(
        HttpRequest request, IDashboardQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
        }

        var events = await queries.GetEventsAsync(filter, cancellationToken);
        return TypedResults.Ok(EventFeatureCollection.From(events));
    }
}
