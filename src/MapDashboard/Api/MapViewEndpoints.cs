using System.Globalization;
using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary>
/// The map page's reads (<see cref="IMapViewQueries"/>), every answer bounded whatever the corpus holds.
/// Filters are the <see cref="EventQueryParameters"/> ones; each route adds its own: <c>zoom</c> (markers; the
/// filter's <c>bbox</c> is the view), <c>axisFrom</c>/<c>axisTo</c>/<c>bucket</c> (histogram: the axis, apart from
/// the filter's from/to, which it ignores), <c>offset</c>/<c>count</c> (pages), <c>after</c> (new reports).
/// </summary>
public static class MapViewEndpoints
{
    /// <summary>The longest page a client may ask for.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    private static readonly BoundingBox World = new(-180, -90, 180, 90);

    public static IEndpointRouteBuilder MapMapViewEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Map view");
        api.MapGet("/summary", GetSummary).WithName("GetSummary");
        api.MapGet("/map", GetMarkers).WithName("GetMapMarkers");
        api.MapGet("/counts", GetCounts).WithName("GetCounts");
        api.MapGet("/histogram", GetHistogram).WithName("GetHistogram");
        api.MapGet("/facet-counts", GetFacetCounts).WithName("GetFacetCounts");
        api.MapGet("/reports", GetReports).WithName("GetReports");
        api.MapGet("/reports/new", GetNewReports).WithName("GetNewReports");
        api.MapGet("/places/{id:long}/reports", GetPlaceReports).WithName("GetPlaceReports");
        return app;
    }

    public static async Task<Ok<CorpusSummary>> GetSummary(IMapViewQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetSummaryAsync(cancellationToken));

    /// <summary>Markers of the view <c>bbox</c> (the whole world when absent) at <c>zoom</c> (0-20, required).</summary>
    public static async Task<Results<Ok<MapMarkers>, ProblemHttpResult>> GetMarkers(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error)
            || !TryParseInt(request.Query, "zoom", null, 0, 20, out var zoom, out error))
        {
            return BadRequest(error);
        }

        return TypedResults.Ok(await queries.GetMarkersAsync(filter, filter.Box ?? World, zoom, cancellationToken));
    }

    public static async Task<Results<Ok<EventCounts>, ProblemHttpResult>> GetCounts(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return BadRequest(error);
        }

        return TypedResults.Ok(await queries.CountAsync(filter, cancellationToken));
    }

    /// <summary>The filter panel's counts: reports and events per value, each facet's own choice left out of its counts.</summary>
    public static async Task<Results<Ok<EventFacets>, ProblemHttpResult>> GetFacetCounts(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return BadRequest(error);
        }

        return TypedResults.Ok(await queries.GetFacetsAsync(filter, cancellationToken));
    }

    /// <summary>
    /// Buckets (<c>bucket</c>=day|week|month|year, month when absent) over the axis <c>axisFrom</c>-<c>axisTo</c>
    /// (the corpus's first and last day when absent).
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<TimeBucket>>, ProblemHttpResult>> GetHistogram(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error)
            || !TryParseDate(request.Query, "axisFrom", out var axisFrom, out error)
            || !TryParseDate(request.Query, "axisTo", out var axisTo, out error))
        {
            return BadRequest(error);
        }

        var size = TimeBucketSize.Month;
        if (request.Query.TryGetValue("bucket", out var bucketText)
            && (!Enum.TryParse(bucketText.ToString(), ignoreCase: true, out size) || int.TryParse(bucketText.ToString(), out _)))
        {
            return BadRequest($"bucket: '{bucketText}' is not one of day, week, month, year");
        }

        if (axisFrom > axisTo)
        {
            return BadRequest($"axisFrom ({axisFrom:yyyy-MM-dd}) is after axisTo ({axisTo:yyyy-MM-dd})");
        }

        if (axisFrom is null || axisTo is null)
        {
            var summary = await queries.GetSummaryAsync(cancellationToken);
            axisFrom ??= summary.FirstDay;
            axisTo ??= summary.LastDay;
        }

        if (axisFrom is null || axisTo is null || axisFrom > axisTo)
        {
            return TypedResults.Ok<IReadOnlyList<TimeBucket>>([]);
        }

        return TypedResults.Ok(await queries.GetHistogramAsync(filter, axisFrom.Value, axisTo.Value, size, cancellationToken));
    }

    public static async Task<Results<Ok<IReadOnlyList<ReportListItem>>, ProblemHttpResult>> GetReports(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error) || !TryParsePage(request.Query, out var offset, out var count, out error))
        {
            return BadRequest(error);
        }

        return TypedResults.Ok(await queries.GetReportPageAsync(filter, offset, count, cancellationToken));
    }

    public static async Task<Results<Ok<PlaceReportPage>, NotFound, ProblemHttpResult>> GetPlaceReports(
        long id, HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error) || !TryParsePage(request.Query, out var offset, out var count, out error))
        {
            return BadRequest(error);
        }

        var page = await queries.GetPlaceReportPageAsync(id, filter, offset, count, cancellationToken);
        return page is null ? TypedResults.NotFound() : TypedResults.Ok(page);
    }

    /// <summary>How many reports matching the filter were stored after article <c>after</c> (required), and the latest id.</summary>
    public static async Task<Results<Ok<NewReports>, ProblemHttpResult>> GetNewReports(
        HttpRequest request, IMapViewQueries queries, CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return BadRequest(error);
        }

        if (!request.Query.TryGetValue("after", out var afterText)
            || !long.TryParse(afterText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            return BadRequest($"after: '{afterText}' is not an article id");
        }

        var latest = await queries.GetLatestArticleIdAsync(cancellationToken);
        return TypedResults.Ok(new NewReports(after, latest, await queries.CountNewReportsAsync(filter, after, cancellationToken)));
    }

    private static bool TryParsePage(IQueryCollection query, out int offset, out int count, out string error)
    {
        count = 0;
        if (!TryParseInt(query, "offset", 0, 0, int.MaxValue, out offset, out error)
            || !TryParseInt(query, "count", DefaultPageSize, 0, int.MaxValue, out count, out error))
        {
            return false;
        }

        // Longer pages are cut, not refused: a client asking for "all" gets the most one answer carries.
        count = Math.Min(count, MaxPageSize);
        return true;
    }

    private static bool TryParseInt(IQueryCollection query, string name, int? fallback, int min, int max, out int value, out string error)
    {
        error = "";
        value = fallback ?? 0;
        var present = query.TryGetValue(name, out var text) && text.ToString().Length > 0;
        if (!present && fallback is not null)
        {
            return true;
        }

        if (present && int.TryParse(text.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = $"{name}: '{text}' is not a whole number from {min} to {max}";
        return false;
    }

    private static bool TryParseDate(IQueryCollection query, string name, out DateOnly? date, out string error)
    {
        date = null;
        error = "";
        if (!query.TryGetValue(name, out var text) || text.ToString().Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        error = $"{name}: '{text}' is not a date (YYYY-MM-DD)";
        return false;
    }

    private static ProblemHttpResult BadRequest(string error) =>
        TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
}
