using System.Text.Json;
using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MapDashboard.Api;

/// <summary><c>GET /api/events</c>: the point events as GeoJSON, filtered by date range, box and role.</summary>
public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Events");
        api.MapGet("/events", GetEvents).WithName("GetEvents").Produces<EventFeatureCollection>();
        return app;
    }

    /// <summary>The events in id order, streamed as they are read (<see cref="StreamedEventsResult"/>).</summary>
    public static Results<StreamedEventsResult, ProblemHttpResult> GetEvents(
        HttpRequest request, IDashboardQueries queries, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return BadRequest(error);
        }

        return GeoJson(queries.StreamEventsAsync(filter, cancellationToken), "application/json; charset=utf-8", json.Value.SerializerOptions);
    }

    /// <summary>The 400 every event endpoint gives for a malformed parameter, before any body is written.</summary>
    public static ProblemHttpResult BadRequest(string error) =>
        TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");

    /// <summary>The events as a streamed GeoJSON FeatureCollection.</summary>
    public static StreamedEventsResult GeoJson(
        IAsyncEnumerable<EventRecord> events, string contentType, JsonSerializerOptions options, string? attachmentName = null) =>
        new(events, contentType, output => new GeoJsonEventFormat(output, options), attachmentName);
}
