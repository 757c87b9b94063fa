namespace MapDashboard.Hosting;

/// <summary>
/// Headers every response carries (issue 13: none had a CSP, nosniff or a referrer policy; two pages of all refused
/// framing; <c>Server: Kestrel</c> was sent). The policy allows scripts from the app only: Blazor's
/// <c>blazor.web.js</c>, Leaflet and our modules are all files under <c>wwwroot/</c>, and the circuit's WebSocket is
/// same-origin (<c>connect-src 'self'</c>). Styles may be inline (Leaflet positions its panes with style attributes);
/// scripts never.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Drops Kestrel's <c>Server</c> banner.</summary>
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        return builder;
    }

    /// <summary>Adds the CSP, nosniff, the referrer policy and frame refusal to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var policy = Policy(app.Configuration["Map:TileUrl"]);
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next(context);
        });
    }

    /// <summary>The policy; an online tile layer (<c>Map:TileUrl</c>, "https://{s}.tile.example.org/{z}/{x}/{y}.png") adds its host to img-src.</summary>
    public static string Policy(string? tileUrl)
    {
        var tiles = TileSource(tileUrl) is { } source ? " " + source : "";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            $"img-src 'self' data: blob:{tiles}",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    private static string? TileSource(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl)) return null;
        var host = tileUrl.Replace("{s}", "a", StringComparison.Ordinal);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return null;
        var name = tileUrl.Contains("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[(uri.Host.IndexOf('.') + 1)..] : uri.Host;
        return $"{uri.Scheme}://{name}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}";
    }
}
