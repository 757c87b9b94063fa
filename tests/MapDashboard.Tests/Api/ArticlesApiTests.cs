using System.Net;
using System.Text.Json;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

public abstract class ArticlesApiTests(DashboardFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [StoreFact]
    public async Task TheListHasEveryArticleNewestFirstWithEventCounts()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/articles"));
        var articles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["Battle for Raqqa <script>alert(1)</script>", "Mosul offensive", "Undated Raqqa report"],
            articles.Select(a => a.GetProperty("title").GetString()));
        Assert.All(articles, a => Assert.Equal(1, a.GetProperty("eventCount").GetInt32()));
        Assert.True(articles[0].TryGetProperty("source", out _));
        Assert.Equal("2017-03-17", articles[0].GetProperty("date").GetString());
    }

    [StoreFact]
    public async Task AnArticleHasItsTextAndMentionOffsets()
    {
        using var list = JsonDocument.Parse(await _client.GetStringAsync("/api/articles"));
        var id = list.RootElement[1].GetProperty("id").GetInt64();

        using var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/articles/{id}"));
        var article = json.RootElement;
        var text = article.GetProperty("text").GetString()!;
        var mention = article.GetProperty("mentions")[0];
        var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
        Assert.Equal("Mosul", text[start..end]);
        Assert.Equal("Mosul", mention.GetProperty("text").GetString());
        Assert.Equal(DashboardFactory.MosulIraq, mention.GetProperty("placeId").GetInt64());
        Assert.Equal(36.335, mention.GetProperty("lat").GetDouble(), 3);
        Assert.Equal(43.11889, mention.GetProperty("lon").GetDouble(), 3);
    }

    [StoreFact]
    public async Task AnUnknownArticleIsNotFound()
    {
        var response = await _client.GetAsync("/api/articles/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ArticlesApiTestsOnSqlite(DashboardFactory factory) : ArticlesApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class ArticlesApiTestsOnPostgres(PostgresDashboardFactory factory) : ArticlesApiTests(factory), IClassFixture<PostgresDashboardFactory>;
