using System.Globalization;
using MapDashboard.Api;
using MapDashboard.Components.Fragments;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
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
    /// <c>/api/events</c> (from, to, undated, bbox, role, q, country, source, level), and offset for
    /// the page (twenty reports a page, newest first). 404 when no event matching
    /// them has the place, 400 with a message on a malformed parameter.
    /// </summary>
    internal static async Task<Results<RazorComponentResult<PlacePopup>, NotFound, ProblemHttpResult>> GetPlacePopupAsync(
        long placeId,
        HttpRequest request,
        IMapViewQueries queries,
        MentionCorrector corrector,
        IGazetteer gazetteer,
        CancellationToken cancellationToken)
    {
        if (!EventQueryParameters.TryParse(request.Query, out var filter, out var error))
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
        }

        var offset = 0;
        if (request.Query.TryGetValue("offset", out var offsetText)
            && (!int.TryParse(offsetText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > 1_000_000))
        {
            return TypedResults.Problem(detail: $"offset: '{offsetText}' is not a count from 0", statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
        }

        // One page: a busy place has thousands of reports, and a popup reads twenty at a time (each with its sentence only).
        var page = await queries.GetPlaceReportPageAsync(placeId, filter with { PlaceId = placeId }, offset, PageSize, cancellationToken);
        if (page is null)
        {
            return TypedResults.NotFound();
        }
        var pageBase = request.Path + EventQueryParameters.Forward(request.Query);
        var placements = await PlacementsAsync(page, corrector, gazetteer, cancellationToken);
        return new RazorComponentResult<PlacePopup>(new { Page = page, Offset = offset, PageBase = pageBase, PageSize, Placements = placements });
    }

    /// <summary>Each report's confidence, and for an uncertain one the places it may have meant instead.</summary>
    private static async Task<Dictionary<long, ReportPlacement>> PlacementsAsync(PlaceReportPage page, MentionCorrector corrector,
        IGazetteer gazetteer, CancellationToken cancellationToken)
    {
        var stored = await corrector.GetPlacementsAsync([.. page.Reports.Select(r => r.MentionId)], cancellationToken);
        return stored.ToDictionary(p => p.Key, p => new ReportPlacement(
            p.Value.Confidence,
            p.Value.Review,
            ReportPlacement.IsUncertain(p.Value.Confidence, p.Value.Review)
                ? [.. p.Value.AlternativeIds.Where(id => id != page.PlaceId).Select(gazetteer.Get).OfType<Place>().Take(ReportPlacement.AlternativesShown)]
                : []));
    }

    /// <summary>Reports per popup page.</summary>
    public const int PageSize = 20;
}
