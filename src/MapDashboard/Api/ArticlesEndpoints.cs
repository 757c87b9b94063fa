using MapDashboard.Data.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MapDashboard.Api;

/// <summary><c>GET /api/articles</c> and <c>GET /api/articles/{id}</c>.</summary>
public static class ArticlesEndpoints
{
    public static IEndpointRouteBuilder MapArticlesEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/", GetArticles).WithName("GetArticles");
        api.MapGet("/{id:long}", GetArticle).WithName("GetArticle");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ArticleSummary>>> GetArticles(IDashboardQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetArticlesAsync(cancellationToken));

    public static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetArticle(long id, IDashboardQueries queries, CancellationToken cancellationToken) =>
        await queries.GetArticleAsync(id, cancellationToken) is { } article
            ? TypedResults.Ok(article)
            : TypedResults.Problem(detail: $"no article with id {id}", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
