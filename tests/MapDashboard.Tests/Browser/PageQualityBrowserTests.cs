using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// Every page, on a desktop and a 390-px phone: no console or HTTP errors, every control named for assistive
/// technology, text contrast at WCAG AA (4.5:1, 3:1 for large text), and no sideways scrolling on the phone.
/// The checks run in Chromium on computed styles (page-checks.js).
/// </summary>
[Trait("Category", "Slow")]
public sealed class PageQualityBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private static readonly string[] PopupAndLegend = [".leaflet-popup", ".map-legend"];

    private static readonly string Checks = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "page-checks.js"));

    public static TheoryData<string, int> Pages() => new()
    {
        { "map", 1280 }, { "map", 390 },
        { "article", 1280 }, { "article", 390 },
        { "import", 1280 }, { "import", 390 },
        { "status", 1280 }, { "status", 390 },
        { "review", 1280 }, { "review", 390 },
        { "correct", 1280 }, { "correct", 390 },
        { "404", 1280 }, { "404", 390 },
    };

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_errors_named_controls_readable_text_and_fits_the_width(string page, int width)
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress, width, width < 768 ? 844 : 800);
        var ids = await IdsAsync(s);
        switch (page)
        {
            case "map":
                await s.GotoDashboardAsync();
                if (width < 768)
                {
                    await s.Page.Locator("[data-role=panel-toggle]").ClickAsync();
                }
                await CheckAsync(s, page, width, "panel");
                if (width < 768)
                {
                    await s.Page.Locator("[data-role=panel-toggle]").ClickAsync();
                }
                await s.Page.Locator($".place-marker[data-place-id='{BrowserAppFactory.MosulIraq}']").ClickAsync();
                await s.Page.Locator(".leaflet-popup .place-popup").WaitForAsync();
                await s.Page.WaitForTimeoutAsync(400);
                Assert.False(await s.Page.EvaluateAsync<bool>(Overlap, PopupAndLegend), "the legend covers the popup");
                break;
            case "article":
                await s.Page.GotoAsync($"/articles/{ids.Article}");
                await s.Page.WaitForSelectorAsync("[data-article-map][data-state=ready]", new() { State = WaitForSelectorState.Attached });
                break;
            case "import":
                await s.Page.GotoAsync("/import");
                break;
            case "status":
                await s.Page.GotoAsync("/status");
                break;
            case "review":
                await s.Page.GotoAsync("/review");
                Assert.Equal("1 name, 1 mention.", await s.Page.Locator("[data-role=review-count]").TextContentAsync());
                break;
            case "correct":
                await s.Page.GotoAsync($"/mentions/{ids.Mention}/correct");
                await s.Page.WaitForSelectorAsync("[data-role=pick-map] .leaflet-interactive", new() { State = WaitForSelectorState.Attached });
                break;
            case "404":
                var response = await s.Page.GotoAsync("/no/such/page");
                Assert.Equal(404, response!.Status);
                Assert.Equal("Not found", await s.Page.Locator("h1").TextContentAsync());
                s.Errors.RemoveAll(e => e.Contains("/no/such/page", StringComparison.Ordinal) || e.Contains("404 (Not Found)", StringComparison.Ordinal));
                break;
        }
        await CheckAsync(s, page, width, null);
        s.AssertNoErrors();
    }

    /// <summary>Whether the boxes of two elements intersect.</summary>
    private const string Overlap = """
        ([a, b]) => {
          const r = document.querySelector(a).getBoundingClientRect(), q = document.querySelector(b).getBoundingClientRect();
          return r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom;
        }
        """;

    private static async Task CheckAsync(BrowserSession s, string page, int width, string? part)
    {
        await s.ScreenshotAsync($"page-{page}{(part is null ? "" : "-" + part)}-{width}.png", fullPage: page != "map");
        var result = await s.Page.EvaluateAsync<JsonElement>(Checks);
        var unnamed = result.GetProperty("unnamed").EnumerateArray().Select(e => e.GetString()).ToList();
        var contrast = result.GetProperty("contrast").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(unnamed.Count == 0, $"controls without a name on {page}: " + string.Join(" | ", unnamed));
        Assert.True(contrast.Count == 0, $"text below WCAG AA on {page}: " + string.Join(" | ", contrast));
        var scrollWidth = await s.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page} scrolls sideways at {width} px: {scrollWidth} px wide");
    }

    /// <summary>An article with a resolved and an unresolved name, and one of its mentions.</summary>
    private static async Task<(long Article, long Mention)> IdsAsync(BrowserSession s)
    {
        await s.Page.GotoAsync("/status");
        var ids = await s.Page.EvaluateAsync<long[]>(
            "async () => { const f = (await (await fetch('/api/events')).json()).features.find(f => f.properties.title === 'Air strikes hit Raqqa'); return [f.properties.articleId, f.properties.id]; }");
        return (ids[0], ids[1]);
    }
}
