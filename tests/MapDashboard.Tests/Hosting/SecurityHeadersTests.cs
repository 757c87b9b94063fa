using MapDashboard.Hosting;
using MapDashboard.Tests.Api;

namespace MapDashboard.Tests.Hosting;

public sealed class SecurityHeadersTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/import")]
    [InlineData("/api/events")]
    [InlineData("/api/labels?bbox=30,30,40,40&zoom=6")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesThePolicyNosniffAReferrerPolicyAndRefusesFraming(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public void AnOnlineTileLayerIsAllowedItsImagesAndNothingElse()
    {
        var policy = SecurityHeaders.Policy("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png");

        Assert.Contains("img-src 'self' data: blob: https://*.tile.openstreetmap.org;", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ;", policy.Split(';')[1] + ";", StringComparison.Ordinal);
    }
}
