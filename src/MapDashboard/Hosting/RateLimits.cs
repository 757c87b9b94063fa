using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MapDashboard.Hosting;

/// <summary>
/// Per-client limits on the routes that cost the server most (<c>/api/labels</c>, <c>/api/import</c>): 16 clients
/// asking for random uncached label boxes held both cores. Over the limit a client gets 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy name routes opt into with <c>RequireRateLimiting</c>.</summary>
    public const string Expensive = "expensive";

    /// <summary>Defaults of <c>RateLimits:Burst</c> and <c>RateLimits:PerSecond</c>: requests a client may make at once, then per second (a map pan asks for one labels box).</summary>
    public const int DefaultBurst = 200, DefaultPerSecond = 100;

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) => Configure(o,
            configuration.GetValue("RateLimits:Burst", DefaultBurst), configuration.GetValue("RateLimits:PerSecond", DefaultPerSecond)));
        return services;
    }

    private static void Configure(RateLimiterOptions o, int burst, int perSecond)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "1";
            return ValueTask.CompletedTask;
        };
        o.AddPolicy(Expensive, context => RateLimitPartition.GetTokenBucketLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }
}
