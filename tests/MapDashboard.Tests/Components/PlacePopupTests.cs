using MapDashboard.Components.Fragments;
using MapDashboard.Data.Queries;
using static MapDashboard.Tests.Components.SampleData;

namespace MapDashboard.Tests.Components;

public class PlacePopupTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(PlaceReports reports, int? max = null)
    {
        var parameters = new Dictionary<string, object?> { [nameof(PlacePopup.Reports)] = reports };
        if (max is { } m)
        {
            parameters[nameof(PlacePopup.MaxReports)] = m;
        }
        return ComponentHarness.RenderAsync<PlacePopup>(parameters);
    }

    [Fact]
    public async Task Lists_reports_newest_first_with_links_to_the_articles()
    {
        var doc = await RenderAsync(RaqqaReports());

        Assert.Equal("Ar Raqqah", doc.QuerySelector(".popup-place")!.TextContent);
        Assert.Contains("2 reports", doc.QuerySelector(".popup-where")!.TextContent, StringComparison.Ordinal);
        var links = doc.QuerySelectorAll(".popup-title");
        Assert.Equal(["Clashes near <Raqqa>", "Older report"], links.Select(a => a.TextContent));
        Assert.Equal(["/articles/42#m2", "/articles/7#m9"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Marks_the_place_in_each_sentence()
    {
        var doc = await RenderAsync(RaqqaReports());

        var sentences = doc.QuerySelectorAll(".popup-sentence");
        Assert.Equal(["Raqqa", "Raqqa"], sentences.Select(s => s.QuerySelector("mark")!.TextContent));
        Assert.Equal("Fighting in Raqqa went on <b>today</b>.", sentences[0].TextContent);
    }

    [Fact]
    public async Task Shows_dates_with_their_precision()
    {
        var doc = await RenderAsync(RaqqaReports());

        Assert.Equal(["17 March 2017", "February 2017"], doc.QuerySelectorAll(".popup-report .date").Select(d => d.TextContent));
    }

    [Fact]
    public async Task Escapes_titles_and_sentences()
    {
        var html = await ComponentHarness.RenderHtmlAsync<PlacePopup>(new Dictionary<string, object?> { [nameof(PlacePopup.Reports)] = RaqqaReports() });

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Raqqa>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;today&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_place_lists_only_the_newest_reports()
    {
        var doc = await RenderAsync(RaqqaReports(count: 8), max: 5);

        Assert.Equal(5, doc.QuerySelectorAll(".popup-report").Length);
        Assert.Contains("3 older reports", doc.QuerySelector(".popup-more")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_highlights_do_not_throw()
    {
        var reports = RaqqaReports() with
        {
            Reports = [new PlaceReport(1, 1, "T", null, MapDashboard.Geoparsing.Dating.DatePrecision.Unknown, "Short", 3, 99)],
        };

        var doc = await RenderAsync(reports);

        Assert.Equal("rt", doc.QuerySelector("mark")!.TextContent);
        Assert.Equal("date unknown", doc.QuerySelector(".date")!.TextContent);
    }
}
