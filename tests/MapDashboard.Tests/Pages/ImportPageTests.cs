using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MapDashboard.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace MapDashboard.Tests.Pages;

public sealed partial class ImportPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private const string MosulReport = "Fighting near Mosul\n\nOn 3 March 2017 clashes were reported in Mosul, Iraq.";

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return content;
    }

    internal static async Task<(string Token, string Handler)> TokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/import");
        return (WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value), "import");
    }

    [Fact]
    public async Task TheFormImportsGoodFilesAndReportsEachBadOne()
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("Import:MaxFileBytes", "2000")).CreateClient();
        var (token, handler) = await TokenAsync(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(handler), "_handler" },
            { File(Encoding.UTF8.GetBytes(MosulReport)), "files", "mosul.txt" },
            { File([0x46, 0x6f, 0xff, 0xfe, 0xc3, 0x28]), "files", "latin1.txt" },
            { File([]), "files", "empty.txt" },
            { File(Encoding.UTF8.GetBytes(new string('a', 3000))), "files", "big.txt" },
            { File([1, 2, 3]), "files", "image.png" },
        };
        var response = await client.PostAsync("/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("mosul.txt</strong>:\\s*<span>1 article · [1-9]\\d* events? ·", html);
        Assert.Contains("latin1.txt: it is not UTF-8 text", html, StringComparison.Ordinal);
        Assert.Contains("empty.txt is empty", html, StringComparison.Ordinal);
        Assert.Contains("big.txt is 2.9 KB, over the 2 KB limit", html, StringComparison.Ordinal);
        Assert.Contains("image.png: only .txt", html, StringComparison.Ordinal);

        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/events?q=%22Fighting%20near%20Mosul%22"));
        Assert.True(events.RootElement.GetProperty("features").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheApiImportsPastedTextAndAnswersPerFile()
    {
        var client = factory.CreateClient();
        var (token, _) = await TokenAsync(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Raqqa report\n\nAir strikes hit Raqqa, Syria, on 2 April 2017."), "text" },
            { new StringContent("raqqa"), "name" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var outcome = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("raqqa.txt", outcome.GetProperty("name").GetString());
        Assert.Equal(1, outcome.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task TheApiRefusesAPostWithoutToken()
    {
        var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "text" } };
        var response = await client.PostAsync("/api/import", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
