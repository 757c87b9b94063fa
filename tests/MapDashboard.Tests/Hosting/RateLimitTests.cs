using System.Net;
using Microsoft.AspNetCore.Hosting;
using MapDashboard.Tests.Api;

namespace MapDashboard.Tests.Hosting;

public sealed class RateLimitTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task AClientAskingForLabelsFasterThanTheLimitGets429WithRetryAfter()
    {
        // 16 clients asking for random uncached boxes held both cores: one client may burst, then is slowed.
        var client = factory.WithWebHostBuilder(b => b.UseSetting("RateLimits:Burst", "20").UseSetting("RateLimits:PerSecond", "1")).CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            client.GetAsync(FormattableString.Invariant($"/api/labels?bbox={30 + i * 0.01},30,{31 + i * 0.01},31&zoom=20"))));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal("1", r.Headers.GetValues("Retry-After").Single()));
    }
}
