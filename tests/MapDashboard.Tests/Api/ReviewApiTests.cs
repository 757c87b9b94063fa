using System.Text.Json;
using MapDashboard.Data.Ingestion;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

public abstract class ReviewApiTests(DashboardFactory factory)
{
    [StoreFact]
    public async Task UnresolvedNamesAreListedForReviewAndNeverMapped()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // "al-Talileh" is a place-like name the gazetteer lacks: kept, but with no place.
            const string body = "Troops took the heights of al-Talileh near Palmyra.";
            var article = new ArticleText { Title = "Heights retaken", Body = body, SourceName = "review.txt", Position = 0 };
            var start = article.BodyOffset + body.IndexOf("al-Talileh", StringComparison.Ordinal);
            var mention = new GeoparsedMention(new PlaceMention(start, "al-Talileh".Length, "al-Talileh", MentionRole.Event),
                null, 0, [], "not in gazetteer", FuzzyDate.Unknown, article.BodyOffset, body.Length);
            await scope.ServiceProvider.GetRequiredService<ArticleStore>()
                .AddAsync("review.txt", "hash-review", [new GeoparsedArticle(article, FuzzyDate.Unknown, [mention])]);
        }

        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/unresolved"));
        var talileh = json.RootElement.EnumerateArray().Single(n => n.GetProperty("name").GetString() == "al-Talileh");
        Assert.Equal(1, talileh.GetProperty("count").GetInt32());
        Assert.Equal("Heights retaken", talileh.GetProperty("occurrences")[0].GetProperty("title").GetString());

        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/events"));
        Assert.DoesNotContain(events.RootElement.GetProperty("features").EnumerateArray(),
            f => f.GetProperty("properties").GetProperty("mention").GetString() == "al-Talileh");

        var page = await client.GetStringAsync("/review");
        Assert.Contains("al-Talileh", page);
        Assert.Contains("/correct", page);
    }
}

public sealed class ReviewApiTestsOnSqlite(DashboardFactory factory) : ReviewApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class ReviewApiTestsOnPostgres(PostgresDashboardFactory factory) : ReviewApiTests(factory), IClassFixture<PostgresDashboardFactory>;
