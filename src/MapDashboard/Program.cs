using MapDashboard.Api;
using MapDashboard.Cli;
using MapDashboard.Endpoints;
using MapDashboard.Hosting;

if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args);
}

// Settings (appsettings.json) live beside the app; the browser files in the repository's wwwroot/;
// data/ and relative paths stay the caller's (AppPaths).
var root = AppPaths.FindRoot();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = AppPaths.WebRootOf(root),
});
var paths = new AppPaths(root, AppPaths.DataDirectoryFrom(builder.Configuration[AppPaths.DataKey]));
// The components' scoped CSS bundle (MapDashboard.styles.css) is built under obj/, not in wwwroot/:
// serve it in every environment, not only Development (a no-op when the build manifest is absent).
builder.WebHost.UseStaticWebAssets();
builder.Services.AddDashboard(paths, builder.Configuration);
builder.Services.AddLiveDashboard();
builder.AddImportLimits();
builder.Services.AddImportJobs();
builder.AddSecurityHeaders();
builder.Services.AddRateLimits();
builder.Services.AddDashboardResponseCompression();
builder.Services.ConfigureHttpJsonOptions(o => DashboardServices.ConfigureJson(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSecurityHeaders();
app.UseInstanceName();
app.UseDashboardResponseCompression();
// Pages: an unknown address gets the Not found page (with its 404); the API and fragments keep problem answers.
static bool IsPage(HttpContext c) => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/fragments");
app.UseWhen(IsPage, b => b.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseWhen(c => !IsPage(c), b => b.UseStatusCodePages());
app.UseStaticFiles();
// Explicit, after the status code pages, so the re-executed /not-found is routed to its page.
app.UseRouting();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapEventsEndpoints();
app.MapFacetsEndpoints();
app.MapLabelsEndpoints();
app.MapAreaShapesEndpoints();
app.MapExportEndpoints();
app.MapImportEndpoints();
app.MapArticlesEndpoints();
app.MapReviewEndpoints();
app.MapFragmentEndpoints();
app.MapMapViewEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<MapDashboard.Components.App>().AddInteractiveServerRenderMode();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
