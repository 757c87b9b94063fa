using MapDashboard.Tests.Api;

namespace MapDashboard.Tests.Pages;

public sealed class StatusPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task TheStatusPageCountsTheStoreAndCreditsTheData()
    {
        var html = await factory.CreateClient().GetStringAsync("/status");
        Assert.Matches("data-count=\"articles\"[^>]*>3<", html);
        Assert.Matches("data-count=\"events\"[^>]*>3<", html);
        Assert.Contains("GeoNames", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("Natural Earth", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/import\"", html, StringComparison.Ordinal);
    }
}
