using MapDashboard.Data;
using MapDashboard.Data.Ingestion;
using MapDashboard.Geoparsing.Dating;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// <see cref="BrowserAppFactory"/>'s corpus plus one report from a second outlet (so the source filter shows), with
/// a 2 KB limit per imported file. One instance per test class: the import and correction flows change the store.
/// </summary>
public class WorkflowAppFactory : BrowserAppFactory
{
    /// <summary>The largest file the import page takes here, in bytes.</summary>
    public const int MaxFileBytes = 2048;

    public const string OtherSource = "Agence Test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Import:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override async Task SeedAsync(ArticleStore store)
    {
        await base.SeedAsync(store);
        await store.AddAsync("agence.txt", "hash-agence", [
            Article("Kurdish forces take a village near Mosul", FuzzyDate.Day(new(2017, 2, 10)),
                "Kurdish forces took a village near Mosul on Friday.", [(Mosul, "Mosul")], source: OtherSource),
        ]);
    }

    /// <summary>Deletes every stored file (and so its articles and mentions) and stores the same corpus again.</summary>
    public async Task ReingestAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MapDashboardDbContext>();
        await db.SourceFiles.ExecuteDeleteAsync();
        Assert.Equal(0, await db.Articles.CountAsync());
        await SeedAsync(scope.ServiceProvider.GetRequiredService<ArticleStore>());
    }
}

/// <summary>A second instance for the correction flow, which moves a marker.</summary>
public sealed class CorrectionAppFactory : WorkflowAppFactory;

/// <summary>A third instance for the import flow, which adds articles.</summary>
public sealed class ImportAppFactory : WorkflowAppFactory;

/// <summary>A fourth instance for the live-update flow, which stores a report while a page is open.</summary>
public sealed class LiveAppFactory : WorkflowAppFactory
{
    /// <summary>Stores one more dated report at Mosul, as an import would, while the app runs.</summary>
    public async Task StoreReportAsync(string title, DateOnly day)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArticleStore>().AddAsync($"{title}.txt", $"hash-{title}", [
            Article(title, FuzzyDate.Day(day), $"Fighting resumed in Mosul. {title}.", [(Mosul, "Mosul")]),
        ]);
    }
}

/// <summary>A sixth instance, whose store a second process (the <c>ingest</c> verb) writes to while a page is open.</summary>
public sealed class SecondProcessAppFactory : WorkflowAppFactory;

/// <summary>
/// A fifth instance for correcting an uncertain placement from its popup: the workflow corpus plus one report
/// placed in Homs (the city) with confidence 0.3, the province of Homs and Al Khums (Libya) its alternatives.
/// </summary>
public sealed class UncertainAppFactory : WorkflowAppFactory
{
    public const long HomsCity = 169577;
    public const long HomsProvince = 801205757103;
    public const long AlKhums = 2219905;
    public const string Title = "Shelling reported around Homs";

    protected override async Task SeedAsync(ArticleStore store)
    {
        await base.SeedAsync(store);
        await store.AddAsync("homs.txt", "hash-homs", [
            Article(Title, FuzzyDate.Day(new(2017, 3, 2)), "Shelling was reported around Homs on Thursday.",
                [(City(HomsCity, "Homs", "SY", 34.72682, 36.72339), "Homs")], confidence: 0.3,
                alternatives: [City(HomsProvince, "Homs", "SY", 34.57811, 37.56552), City(AlKhums, "Al Khums", "LY", 32.64861, 14.26191)]),
        ]);
    }
}

/// <summary>
/// A seventh instance for the filters and links: the workflow corpus plus one report whose article names no source
/// (so "Unknown source" is a choice), at Deir ez-Zor in early March.
/// </summary>
public sealed class FiltersAppFactory : WorkflowAppFactory
{
    public const string NoSourceTitle = "Shelling near Deir ez-Zor";

    protected override async Task SeedAsync(ArticleStore store)
    {
        await base.SeedAsync(store);
        await store.AddAsync("nosource.txt", "hash-nosource", [
            Article(NoSourceTitle, FuzzyDate.Day(new(2017, 3, 5)), "Shelling was heard near Deir ez-Zor.", [(DeirEzZor, "Deir ez-Zor")], source: null),
        ]);
    }
}
