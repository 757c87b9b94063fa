using System.Text;
using System.Text.Json;
using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MapDashboard.Api;

/// <summary>
/// <c>GET /api/events.geojson</c> and <c>GET /api/events.csv</c>: the events <c>/api/events</c> returns for the
/// same parameters, as a file download (Content-Disposition: attachment).
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

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportGeoJson(
        HttpRequest request, IDashboardQueries queries, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return BadRequest(error);
        }

        var events = await queries.GetEventsAsync(filter, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(EventFeatureCollection.From(events), json.Value.SerializerOptions);
        return TypedResults.File(bytes, "application/geo+json", FileName(clock, "geojson"));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCsv(
        HttpRequest request, IDashboardQueries queries, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return BadRequest(error);
        }

        var events = await queries.GetEventsAsync(filter, cancellationToken);
        // A UTF-8 byte order mark so spreadsheet programs read non-ASCII place names correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvWriter.Write(events))).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", FileName(clock, "csv"));
    }

    private static ProblemHttpResult BadRequest(string error) =>
        TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");

    private static string FileName(TimeProvider clock, string extension) =>
        $"mapdashboard-events-{clock.GetUtcNow():yyyyMMdd-HHmmss}.{extension}";
}
