namespace MapDashboard.Tests.Browser;

/// <summary>The real app on the bundled seeds (ingested at start, as a first run does), for what a user sees on them.</summary>
public sealed class SeedsAppFactory : BrowserAppFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seeds:Enabled", "true");
    }

    protected override Task SeedAsync(MapDashboard.Data.Ingestion.ArticleStore store) => Task.CompletedTask;
}
