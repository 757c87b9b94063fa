using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary>
/// <c>GET /api/labels?bbox=minLon,minLat,maxLon,maxLat&amp;zoom=Z</c>: the offline basemap's city labels for a view
/// (see <see cref="CityLabels"/>). Degrees, longitude first; longitudes may run to ±360 where the map wraps.
/// </summary>
public static class LabelsEndpoints
{
    public static IEndpointRouteBuilder MapLabelsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Basemap");
        api.MapGet("/labels", GetLabels).WithName("GetCityLabels").RequireRateLimiting(Hosting.RateLimits.Expensive);
        return app;
    }

    public static Results<Ok<IReadOnlyList<CityLabel>>, ProblemHttpResult> GetLabels(HttpContext context, CityLabels labels)
    {
        var query = context.Request.Query;
        if (!TryParseBox(query["bbox"].ToString(), out var box, out var error))
        {
            return BadRequest(error);
        }

        if (!int.TryParse(query["zoom"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var zoom) || zoom > 20)
        {
            return BadRequest($"zoom: '{query["zoom"]}' is not a zoom level from 0 to 20");
        }

        // The labels of a place never change while the app runs: let the browser keep them.
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(labels.Get(box[0], box[1], box[2], box[3], zoom));
    }

    private static bool TryParseBox(string text, out double[] box, out string error)
    {
        box = [];
        error = "";
        var parts = text.Split(',');
        var values = new double[4];
        if (parts.Length != 4 || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])).Any())
        {
            error = $"bbox: '{text}' is not minLon,minLat,maxLon,maxLat in degrees";
            return false;
        }

        if (values[0] >= values[2] || values[1] >= values[3] || values[1] < -90 || values[3] > 90 || values[0] < -360 || values[2] > 360)
        {
            error = $"bbox: '{text}' needs minLon < maxLon within ±360 and minLat < maxLat within ±90";
            return false;
        }

        box = values;
        return true;
    }

    private static ProblemHttpResult BadRequest(string error) =>
        TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "Bad query parameter");
}
