using System.IO.Compression;
using System.Net;
using MapDashboard.Tests.Api;

namespace MapDashboard.Tests.Hosting;

public sealed class ResponseCompressionTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ApiEventsAreCompressedAndDecompressToTheSameJson(string encoding)
    {
        var client = factory.CreateClient();
        var plain = await client.GetStringAsync("/api/events");

        var response = await client.SendAsync(Get("/api/events", encoding));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal(plain, await Decompressed(response, encoding));
    }

    [Fact]
    public async Task OverHttpsPagesAreNotCompressedButTheApiIs()
    {
        // BREACH: a page holds the antiforgery token; /api answers hold no secret.
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        var page = await client.SendAsync(Get("/", "br"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Content.Headers.ContentEncoding);

        var api = await client.SendAsync(Get("/api/events", "br"));
        Assert.Equal(["br"], api.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task OverHttpPagesAreCompressed()
    {
        var page = await factory.CreateClient().SendAsync(Get("/", "br"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["br"], page.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task TheBlazorCircuitIsNotCompressed()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static HttpRequestMessage Get(string url, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return request;
    }

    private static async Task<string> Decompressed(HttpResponseMessage response, string encoding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decompressing = encoding == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressing);
        return await reader.ReadToEndAsync();
    }
}
