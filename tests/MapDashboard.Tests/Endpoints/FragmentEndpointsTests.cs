using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using MapDashboard.Tests.Api;

namespace MapDashboard.Tests.Endpoints;

public sealed class FragmentEndpointsTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string RaqqaId = DashboardFactory.ArRaqqahSyria.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_place_popup_lists_its_reports_newest_first_as_escaped_html()
    {
        var response = await _client.GetAsync($"/fragments/place/{RaqqaId}");
        var html = await response.Content.ReadAsStringAsync();
        var doc = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ar Raqqah", doc.QuerySelector(".popup-place")!.TextContent);
        Assert.Equal(["Battle for Raqqa <script>alert(1)</script>", "Undated Raqqa report"],
            doc.QuerySelectorAll(".popup-title").Select(a => a.TextContent));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.All(doc.QuerySelectorAll(".popup-sentence mark"), m => Assert.Equal("Ar Raqqah", m.TextContent));
        Assert.StartsWith("/articles/", doc.QuerySelector(".popup-title")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_popup_follows_the_date_range_and_the_undated_switch()
    {
        var html = await _client.GetStringAsync($"/fragments/place/{RaqqaId}?from=2017-03-01&to=2017-03-31&undated=false");
        var doc = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal(["Battle for Raqqa <script>alert(1)</script>"], doc.QuerySelectorAll(".popup-title").Select(a => a.TextContent));
    }

    [Fact]
    public async Task An_unknown_place_is_not_found_and_a_bad_date_is_a_bad_request()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/fragments/place/1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync($"/fragments/place/{RaqqaId}?from=17.3.2017")).StatusCode);
    }
}
