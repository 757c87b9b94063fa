using System.Text.Json;
using Bunit;
using MapDashboard.Components.Articles;

namespace MapDashboard.Tests.Components.Articles;

/// <summary>The article page's small map and its list of names the gazetteer did not know.</summary>
public class ArticlePlacesTests : BunitContext
{
    [Fact]
    public void The_map_gets_one_entry_per_resolved_place_with_its_mention_count()
    {
        var cut = Render<ArticleMap>(p => p.Add(m => m.Mentions, SampleData.Mentions));

        var map = cut.Find("[data-article-map]");
        Assert.Equal("region", map.GetAttribute("role"));
        using var places = JsonDocument.Parse(map.GetAttribute("data-places")!);
        var list = places.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var raqqa = list.Single(p => p.GetProperty("id").GetInt64() == SampleData.ArRaqqahSyria);
        Assert.Equal(2, raqqa.GetProperty("count").GetInt32());
        Assert.Equal(SampleData.RaqqaLat, raqqa.GetProperty("lat").GetDouble(), 5);
        Assert.Equal("country", list.Single(p => p.GetProperty("id").GetInt64() == SampleData.SyriaCountry).GetProperty("level").GetString());
        Assert.Contains("2 places", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_resolved_place_draws_no_map()
    {
        var cut = Render<ArticleMap>(p => p.Add(m => m.Mentions, [SampleData.Mention(3, "Xyzzy")]));

        Assert.Empty(cut.FindAll("[data-article-map]"));
    }

    [Fact]
    public void Unresolved_names_are_listed_once_each_and_link_to_their_first_mention()
    {
        var cut = Render<UnresolvedNames>(p => p.Add(u => u.Mentions, SampleData.Mentions));

        var link = Assert.Single(cut.FindAll(".unresolved-names a"));
        Assert.Equal("Xyzzy", link.TextContent);
        Assert.Equal("#m3", link.GetAttribute("href"));
        Assert.Equal("Not placed on the map", cut.Find("h2").TextContent);
    }

    [Fact]
    public void An_article_with_every_name_placed_lists_nothing()
    {
        var cut = Render<UnresolvedNames>(p => p.Add(u => u.Mentions, SampleData.Mentions.Where(m => m.PlaceId is not null).ToList()));

        Assert.Equal("", cut.Markup.Trim());
    }
}
