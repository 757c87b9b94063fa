using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MapDashboard.Tests.Api;

namespace MapDashboard.Tests.Components.Pages;

/// <summary>The pages as the server renders them (static SSR), on the API tests' hand-built articles.</summary>
public sealed class PagesTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IDocument> GetPageAsync(string url) =>
        await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(url));

    [Fact]
    public async Task The_map_page_renders_the_slider_over_the_corpus_dates_and_the_counts()
    {
        var doc = await GetPageAsync("/");

        var slider = doc.QuerySelector("[data-role=date-range]")!;
        Assert.Equal("2017-02-27", slider.GetAttribute("data-min"));
        Assert.Equal("2017-03-17", slider.GetAttribute("data-max"));
        var thumbs = slider.QuerySelectorAll("[role=slider]");
        Assert.Equal(2, thumbs.Length);
        Assert.Equal("27 February 2017", thumbs[0].GetAttribute("aria-valuetext"));
        Assert.Equal("17 March 2017", thumbs[1].GetAttribute("aria-valuetext"));
        Assert.All(thumbs, t => Assert.Equal("0", t.GetAttribute("tabindex")));
        Assert.Equal("1", doc.QuerySelector("[data-role=undated-count]")!.TextContent);
        // Reports are articles; the undated one is counted apart, never inside a date range.
        Assert.Equal("2 reports dated · 2 places", doc.QuerySelector("[data-role=event-count]")!.TextContent);
        Assert.Single(doc.QuerySelectorAll("script[src*='_framework/blazor.web']"));
        Assert.Equal("", doc.QuerySelector("[data-dashboard]")!.GetAttribute("data-tiles-url") ?? "");
    }

    [Fact]
    public async Task The_map_page_passes_a_requested_view_to_the_browser_and_ignores_a_bad_one()
    {
        var good = await GetPageAsync("/?lat=35.95283&lon=39.00788&zoom=10&place=172955");
        var bad = await GetPageAsync("/?lat=north&lon=39&zoom=10");

        var dashboard = good.QuerySelector("[data-dashboard]")!;
        Assert.Equal("35.95283", dashboard.GetAttribute("data-lat"));
        Assert.Equal("39.00788", dashboard.GetAttribute("data-lon"));
        Assert.Equal("10", dashboard.GetAttribute("data-zoom"));
        Assert.Equal("172955", dashboard.GetAttribute("data-place"));
        Assert.Null(bad.QuerySelector("[data-dashboard]")!.GetAttribute("data-lat"));
    }

    [Fact]
    public async Task The_article_page_highlights_its_places_and_escapes_its_text()
    {
        using var list = JsonDocument.Parse(await _client.GetStringAsync("/api/articles"));
        var id = list.RootElement[0].GetProperty("id").GetInt64();

        var html = await _client.GetStringAsync($"/articles/{id}");
        var doc = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal("Battle for Raqqa <script>alert(1)</script>", doc.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal("17 March 2017", doc.QuerySelector(".article-meta time")!.TextContent);
        var place = doc.QuerySelector(".article-body a.place")!;
        Assert.Equal("Ar Raqqah", place.TextContent);
        Assert.Contains("place=172955", place.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_page()
    {
        var response = await _client.GetAsync("/articles/987654321");
        var doc = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(doc.QuerySelector("h1") is not null, doc.Body?.InnerHtml);
        Assert.Equal("Not found", doc.QuerySelector("h1")!.TextContent);
    }
}
