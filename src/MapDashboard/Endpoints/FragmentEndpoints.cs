using MapDashboard.Api;
using MapDashboard.Components.Fragments;
using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Endpoints;

/// <summary>
/// HTML fragments the map page loads on demand, rendered on the server from Razor components
/// (DESIGN.md #1): the markup lives in C#, escaped by Razor, and the browser inserts it as is.
/// </summary>
public static class FragmentEndpoints
{
    /// <summary>Maps <c>/fragments/...</c>.</summary>
    public static IEndpointRouteBuilder MapFragmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/fragments").WithTags("Fragments");
        group.MapGet("/place/{placeId:long}", GetPlacePopupAsync).WithName("PlacePopupFragment");
        return app;
    }

    /// <summary>
    /// The popup of one place: <c>GET /fragments/place/{placeId}</c> with the same parameters and semantics as
    /// <c>/api/events</c> (from, to, undated, bbox, role, q, country, source, level). 404 when no event matching
    /// them has the place, 400 with a message on a malformed parameter.
    /// </summary>
    internal static async Task<Results<RazorComponentResult<PlacePopup>, NotFound, ProblemHttpResult>> GetPlacePopupAsync(
        long placeId,
        HttpRequest request,
        IDashboardQueries queries,
        CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
        }

        var reports = await queries.GetPlaceReportsAsync(placeId, filter with { PlaceId = placeId }, cancellationToken);
        if (reports is null)
        {
            return TypedResults.NotFound();
        }
        return new RazorComponentResult<PlacePopup>(new { Reports = reports });
    }
}
