using System.Text.Json;
using MapDashboard.Components.Articles;

namespace MapDashboard.Tests.Components.Articles;

/// <summary>The article page's small map and its list of names the gazetteer did not know.</summary>
public class ArticlePlacesTests
{
    [Fact]
    public async Task The_map_gets_one_entry_per_resolved_place_with_its_mention_count()
    {
        var doc = await ComponentHarness.RenderAsync<ArticleMap>(new Dictionary<string, object?>
        {
            [nameof(ArticleMap.Mentions)] = SampleData.Mentions,
        });

        var map = doc.QuerySelector("[data-article-map]")!;
        Assert.Equal("region", map.GetAttribute("role"));
        using var places = JsonDocument.Parse(map.GetAttribute("data-places")!);
        var list = places.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var raqqa = list.Single(p => p.GetProperty("id").GetInt64() == SampleData.ArRaqqahSyria);
        Assert.Equal(2, raqqa.GetProperty("count").GetInt32());
        Assert.Equal(SampleData.RaqqaLat, raqqa.GetProperty("lat").GetDouble(), 5);
        Assert.Equal("country", list.Single(p => p.GetProperty("id").GetInt64() == SampleData.SyriaCountry).GetProperty("level").GetString());
        Assert.Contains("2 places", doc.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_resolved_place_draws_no_map()
    {
        var doc = await ComponentHarness.RenderAsync<ArticleMap>(new Dictionary<string, object?>
        {
            [nameof(ArticleMap.Mentions)] = new[] { SampleData.Mention(3, "Xyzzy") },
        });

        Assert.Null(doc.QuerySelector("[data-article-map]"));
    }

    [Fact]
    public async Task Unresolved_names_are_listed_once_each_and_link_to_their_first_mention()
    {
        var doc = await ComponentHarness.RenderAsync<UnresolvedNames>(new Dictionary<string, object?>
        {
            [nameof(UnresolvedNames.Mentions)] = SampleData.Mentions,
        });

        var links = doc.QuerySelectorAll(".unresolved-names a");
        var link = Assert.Single(links);
        Assert.Equal("Xyzzy", link.TextContent);
        Assert.Equal("#m3", link.GetAttribute("href"));
        Assert.Equal("Not placed on the map", doc.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task An_article_with_every_name_placed_lists_nothing()
    {
        var html = await ComponentHarness.RenderHtmlAsync<UnresolvedNames>(new Dictionary<string, object?>
        {
            [nameof(UnresolvedNames.Mentions)] = SampleData.Mentions.Where(m => m.PlaceId is not null).ToList(),
        });

        Assert.Equal("", html.Trim());
    }
}
