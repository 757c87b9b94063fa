using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary><c>GET /api/unresolved</c>: place-like names the gazetteer lacks, for review.</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Review").MapGet("/unresolved", GetUnresolved).WithName("GetUnresolvedNames");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<UnresolvedName>>> GetUnresolved(IDashboardQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetUnresolvedNamesAsync(cancellationToken: cancellationToken));
}
