namespace MapDashboard.Api;

/// <summary>The answer of <c>/api/reports/new</c>: reports matching the filter stored after <paramref name="After"/>.</summary>
public sealed record NewReports(long After, long LatestArticleId, int Count);
