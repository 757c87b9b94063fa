namespace MapDashboard.Hosting;

/// <summary>
/// Which app instance answered, when several run behind a proxy (<c>deploy/nginx/mapdashboard.conf</c>): the setting
/// <c>Instance:Name</c> (e.g. "a"), sent as <see cref="Header"/> on every response, so an operator (and the
/// two-instance test) sees where a browser is pinned. Unset: no header.
/// </summary>
public static class InstanceName
{
    public const string Key = "Instance:Name";
    public const string Header = "X-MapDashboard-Instance";

    public static IApplicationBuilder UseInstanceName(this WebApplication app)
    {
        var name = app.Configuration[Key];
        return string.IsNullOrWhiteSpace(name) ? app : app.Use(async (context, next) =>
        {
            context.Response.Headers[Header] = name;
            await next(context);
        });
    }
}
