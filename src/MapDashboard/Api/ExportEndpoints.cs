using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MapDashboard.Api;

/// <summary>
/// <c>GET /api/events.geojson</c> and <c>GET /api/events.csv</c>: the events <c>/api/events</c> returns for the
/// same parameters, as a file download (Content-Disposition: attachment), streamed as they are read.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Export");
        api.MapGet("/events.geojson", ExportGeoJson).WithName("ExportEventsGeoJson");
        api.MapGet("/events.csv", ExportCsv).WithName("ExportEventsCsv");
        return app;
    }

    public static Results<StreamedEventsResult, ProblemHttpResult> ExportGeoJson(
        HttpRequest request, IDashboardQueries queries, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return EventsEndpoints.BadRequest(error);
        }

        return EventsEndpoints.GeoJson(queries.StreamEventsAsync(filter, cancellationToken), "application/geo+json",
            json.Value.SerializerOptions, FileName(clock, "geojson"));
    }

    public static Results<StreamedEventsResult, ProblemHttpResult> ExportCsv(
        HttpRequest request, IDashboardQueries queries, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return EventsEndpoints.BadRequest(error);
        }

        return new StreamedEventsResult(queries.StreamEventsAsync(filter, cancellationToken), "text/csv; charset=utf-8",
            output => new CsvEventFormat(output), FileName(clock, "csv"));
    }

    private static string FileName(TimeProvider clock, string extension) =>
        $"mapdashboard-events-{clock.GetUtcNow():yyyyMMdd-HHmmss}.{extension}";
}
