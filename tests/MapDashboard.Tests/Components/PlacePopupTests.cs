using Bunit;
using MapDashboard.Components.Fragments;
using MapDashboard.Data.Queries;
using static MapDashboard.Tests.Components.SampleData;

namespace MapDashboard.Tests.Components;

public class PlacePopupTests : BunitContext
{
    private IRenderedComponent<PlacePopup> RenderPopup(PlaceReports reports, int? max = null) =>
        Render<PlacePopup>(p =>
        {
            p.Add(c => c.Reports, reports);
            if (max is { } m)
            {
                p.Add(c => c.MaxReports, m);
            }
        });

    [Fact]
    public void Lists_reports_newest_first_with_links_to_the_articles()
    {
        var cut = RenderPopup(RaqqaReports());

        Assert.Equal("Ar Raqqah", cut.Find(".popup-place").TextContent);
        Assert.Contains("2 reports", cut.Find(".popup-where").TextContent, StringComparison.Ordinal);
        var links = cut.FindAll(".popup-title");
        Assert.Equal(["Clashes near <Raqqa>", "Older report"], links.Select(a => a.TextContent));
        Assert.Equal(["/articles/42#m2", "/articles/7#m9"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Marks_the_place_in_each_sentence()
    {
        var cut = RenderPopup(RaqqaReports());

        var sentences = cut.FindAll(".popup-sentence");
        Assert.Equal(["Raqqa", "Raqqa"], sentences.Select(s => s.QuerySelector("mark")!.TextContent));
        Assert.Equal("Fighting in Raqqa went on <b>today</b>.", sentences[0].TextContent);
    }

    [Fact]
    public void Shows_dates_with_their_precision()
    {
        var cut = RenderPopup(RaqqaReports());

        Assert.Equal(["17 March 2017", "February 2017"], cut.FindAll(".popup-report .date").Select(d => d.TextContent));
    }

    [Fact]
    public void Escapes_titles_and_sentences()
    {
        var html = RenderPopup(RaqqaReports()).Markup;

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Raqqa>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;today&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_busy_place_lists_only_the_newest_reports()
    {
        var cut = RenderPopup(RaqqaReports(count: 8), max: 5);

        Assert.Equal(5, cut.FindAll(".popup-report").Count);
        Assert.Contains("3 older reports", cut.Find(".popup-more").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_highlights_do_not_throw()
    {
        var reports = RaqqaReports() with
        {
            Reports = [new PlaceReport(1, 1, "T", null, MapDashboard.Geoparsing.Dating.DatePrecision.Unknown, "Short", 3, 99)],
        };

        var cut = RenderPopup(reports);

        Assert.Equal("rt", cut.Find("mark").TextContent);
        Assert.Equal("date unknown", cut.Find(".date").TextContent);
    }
}
