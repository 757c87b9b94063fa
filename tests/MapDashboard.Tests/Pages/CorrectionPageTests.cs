using System.Net;
using System.Text.Json;
using MapDashboard.Data.Tests;
using MapDashboard.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MapDashboard.Tests.Pages;

public abstract class CorrectionPageTests(DashboardFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<long> MentionIdOfAsync(string title)
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/events"));
        return json.RootElement.GetProperty("features").EnumerateArray()
            .First(f => f.GetProperty("properties").GetProperty("title").GetString() == title)
            .GetProperty("id").GetInt64();
    }

    [StoreFact]
    public async Task ThePageOffersCandidatesAndAPointEscapingTheArticleText()
    {
        var id = await MentionIdOfAsync("Battle for Raqqa <script>alert(1)</script>");
        var html = await _client.GetStringAsync($"/mentions/{id}/correct?search=Mosul");
        Assert.Contains("Wrong place?", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{DashboardFactory.MosulIraq}\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Latitude\"", html, StringComparison.Ordinal);
        Assert.Contains("data-role=\"pick-map\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task AnUnknownMentionIs404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/mentions/999999/correct")).StatusCode);

    [StoreFact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        var id = await MentionIdOfAsync("Mosul offensive");
        var response = await _client.PostAsync($"/mentions/{id}/correct",
            new FormUrlEncodedContent([new("_handler", "correct"), new("Form.Choice", "none")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [StoreFact]
    public async Task ABadLatitudeComesBackWithAMessageAndTheTypedValues()
    {
        var id = await MentionIdOfAsync("Mosul offensive");
        var response = await FormPosting.PostFormAsync(_client, $"/mentions/{id}/correct",
            [new("Form.Choice", "point"), new("Form.Latitude", "95.5"), new("Form.Longitude", "43.1")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Latitude &#x27;95.5&#x27; is not a number", html, StringComparison.Ordinal);
        Assert.Contains("value=\"43.1\"", html, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ChoosingAnotherCandidateMovesTheEvent()
    {
        var id = await MentionIdOfAsync("Undated Raqqa report");
        var response = await FormPosting.PostFormAsync(_client, $"/mentions/{id}/correct",
            [new("Form.Choice", DashboardFactory.MosulIraq.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"corrected={id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/events"));
        var moved = json.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetInt64() == id);
        Assert.Equal(DashboardFactory.MosulIraq, moved.GetProperty("properties").GetProperty("placeId").GetInt64());
        Assert.Equal(1.0, moved.GetProperty("properties").GetProperty("confidence").GetDouble());
    }
}

public sealed class CorrectionPageTestsOnSqlite(DashboardFactory factory) : CorrectionPageTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class CorrectionPageTestsOnPostgres(PostgresDashboardFactory factory) : CorrectionPageTests(factory), IClassFixture<PostgresDashboardFactory>;
