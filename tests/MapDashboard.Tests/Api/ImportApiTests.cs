using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MapDashboard.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

/// <summary><c>POST /api/import</c> under load and at its limits: every file gets its own outcome, a limit a clear 4xx.</summary>
public abstract class ImportApiTests(DashboardFactory factory)
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, MultipartFormDataContent form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private static ByteArrayContent Text(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return content;
    }

    [StoreFact]
    public async Task MoreThan1024FilesInOneRequestEachGetAnOutcome()
    {
        // The form reader's default limit of 1,024 values answered 500 with an empty body.
        var client = factory.CreateClient();
        var (token, _) = await ImportPageTests.TokenAsync(client);
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 1_100; i++) form.Add(Text(" "), "files", $"blank-{i}.txt");

        var response = await PostAsync(client, token, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var outcomes = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(1_100, outcomes.Count);
        Assert.All(outcomes, o => Assert.Contains("is empty", o.GetProperty("error").GetString(), StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task OverTheFileCountLimitIsA400NamingTheLimit()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("Import:MaxFilesPerRequest", "20")).CreateClient();
        var (token, _) = await ImportPageTests.TokenAsync(client);
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 30; i++) form.Add(Text(" "), "files", $"blank-{i}.txt");

        var response = await PostAsync(client, token, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Import:MaxFilesPerRequest", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task TheSameFileImportedByConcurrentRequestsIsStoredOnceAndTheirOtherFilesGoIn()
    {
        // "UNIQUE constraint failed: SourceFiles.ContentHash" was a 500, and that request's other files were lost.
        var client = factory.CreateClient();
        var (token, _) = await ImportPageTests.TokenAsync(client);
        var shared = $"Shelling near Homs {Guid.NewGuid():n}\n\nShelling was reported near Homs, Syria, on 4 May 2017.";
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var form = new MultipartFormDataContent
            {
                { Text(shared), "files", "shared.txt" },
                { Text($"Clashes in Aleppo {i} {Guid.NewGuid():n}\n\nClashes were reported in Aleppo, Syria, on 5 May 2017."), "files", $"own-{i}.txt" },
            };
            var response = await PostAsync(client, token, form);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var outcomes = responses.Select(r => JsonDocument.Parse(r.Body).RootElement.EnumerateArray().ToList()).ToList();
        Assert.All(outcomes, o => Assert.Equal(2, o.Count));
        Assert.All(outcomes, o => Assert.True(o[1].GetProperty("error").ValueKind == JsonValueKind.Null && o[1].GetProperty("articles").GetInt32() == 1));
        Assert.Single(outcomes, o => !o[0].GetProperty("alreadyImported").GetBoolean());
        Assert.All(outcomes, o => Assert.True(o[0].GetProperty("error").ValueKind == JsonValueKind.Null));
    }
}

public sealed class ImportApiTestsOnSqlite(DashboardFactory factory) : ImportApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class ImportApiTestsOnPostgres(PostgresDashboardFactory factory) : ImportApiTests(factory), IClassFixture<PostgresDashboardFactory>;
