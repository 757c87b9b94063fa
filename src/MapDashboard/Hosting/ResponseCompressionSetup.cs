using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MapDashboard.Hosting;

/// <summary>
/// Brotli, else gzip, at the fastest level for text responses: an export of the whole corpus is mostly repeated
/// property names and shrinks several times over, and the fastest level keeps up with the streamed writers.
/// </summary>
/// <remarks>
/// BREACH: a compressed response that carries a secret (the antiforgery token in a page's form) next to text an
/// attacker can inject (a query echoed back) leaks the secret through the response's length over HTTPS. So over
/// HTTPS only <c>/api</c> is compressed: API answers hold corpus data and messages, never a token or a cookie's
/// value. Over plain HTTP there is no encryption to attack and everything of the listed types is compressed.
/// The Blazor circuit (<c>/_blazor</c>) never is: it is a WebSocket, and its negotiate answer is tiny.
/// </remarks>
public static class ResponseCompressionSetup
{
    /// <summary>The compressed media types: JSON, GeoJSON, problem details, CSV, HTML, JavaScript, CSS.</summary>
    public static readonly IReadOnlyList<string> MimeTypes =
    [
        "application/json", "application/geo+json", "application/problem+json", "text/csv",
        "text/html", "text/javascript", "application/javascript", "text/css",
    ];

    public static IServiceCollection AddDashboardResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Allowed here, narrowed to /api in UseDashboardResponseCompression (BREACH, above).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseDashboardResponseCompression(this IApplicationBuilder app) =>
        app.UseWhen(IsCompressible, b => b.UseResponseCompression());

    private static bool IsCompressible(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/_blazor"))
        {
            return false;
        }

        return !context.Request.IsHttps || path.StartsWithSegments("/api");
    }
}
