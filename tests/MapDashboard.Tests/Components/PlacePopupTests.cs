using Bunit;
using MapDashboard.Components.Fragments;
using MapDashboard.Data.Model;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using static MapDashboard.Tests.Components.SampleData;

namespace MapDashboard.Tests.Components;

public class PlacePopupTests : BunitContext
{
    private IRenderedComponent<PlacePopup> RenderPopup(PlaceReportPage page, int offset = 0) =>
        Render<PlacePopup>(p => p
            .Add(c => c.Page, page)
            .Add(c => c.Offset, offset)
            .Add(c => c.PageSize, 2)
            .Add(c => c.PageBase, "/fragments/place/1?role=event"));

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
    public void The_first_page_of_a_busy_place_links_to_older_reports_only()
    {
        var cut = RenderPopup(RaqqaReports(count: 2, total: 5));

        Assert.Equal("5 reports", cut.Find(".popup-count").TextContent);
        Assert.Equal("1–2 of 5", cut.Find(".popup-range").TextContent);
        Assert.Empty(cut.FindAll("[data-role=popup-newer]"));
        Assert.Equal("/fragments/place/1?role=event&offset=2", cut.Find("[data-role=popup-older]").GetAttribute("href"));
    }

    [Fact]
    public void A_middle_page_links_both_ways_and_the_last_page_only_to_newer()
    {
        var middle = RenderPopup(RaqqaReports(count: 2, total: 5), offset: 2);
        Assert.Equal("3–4 of 5", middle.Find(".popup-range").TextContent);
        Assert.Equal("/fragments/place/1?role=event&offset=0", middle.Find("[data-role=popup-newer]").GetAttribute("href"));
        Assert.Equal("/fragments/place/1?role=event&offset=4", middle.Find("[data-role=popup-older]").GetAttribute("href"));

        var five = RaqqaReports(total: 5);
        var last = RenderPopup(five with { Reports = [five.Reports[0]] }, offset: 4);
        Assert.Equal("5–5 of 5", last.Find(".popup-range").TextContent);
        Assert.Empty(last.FindAll("[data-role=popup-older]"));
        Assert.NotNull(last.Find("[data-role=popup-newer]"));
    }

    [Fact]
    public void A_place_with_one_page_has_no_page_links()
    {
        var cut = RenderPopup(RaqqaReports());

        Assert.Equal("2 reports", cut.Find(".popup-count").TextContent);
        Assert.Empty(cut.FindAll(".popup-pages"));
    }

    [Fact]
    public void An_uncertain_report_offers_its_alternatives_as_one_click_corrections()
    {
        var page = RaqqaReports();
        var province = new Place { Id = 801136073145, Name = "Raqqa", Level = PlaceLevel.Admin1, CountryCode = "SY", Latitude = 35.7, Longitude = 38.9 };
        var cut = Render<PlacePopup>(p => p
            .Add(c => c.Page, page)
            .Add(c => c.Placements, new Dictionary<long, ReportPlacement>
            {
                [2] = new(0.18, MentionReview.None, [province]),
                [9] = new(0.92, MentionReview.None, []),
            }));

        var reports = cut.FindAll(".popup-report");
        Assert.Contains("Uncertain placement (confidence 0.18)", reports[0].QuerySelector("[data-role=popup-uncertain]")!.TextContent, StringComparison.Ordinal);
        var form = reports[0].QuerySelector("form.popup-alternative")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/mentions/2/correct", form.GetAttribute("action"));
        Assert.Equal("correct", form.QuerySelector("input[name=_handler]")!.GetAttribute("value"));
        Assert.Equal("801136073145", form.QuerySelector("input[name='Form.Choice']")!.GetAttribute("value"));
        Assert.Equal("Raqqa, Syria (province / region)", form.QuerySelector("button")!.TextContent);
        Assert.Null(reports[1].QuerySelector("[data-role=popup-uncertain]"));
        Assert.Equal("Confidence 0.92", reports[1].QuerySelector("[data-role=popup-confidence]")!.TextContent);
    }

    [Fact]
    public void A_report_a_user_corrected_is_never_uncertain()
    {
        var cut = Render<PlacePopup>(p => p
            .Add(c => c.Page, RaqqaReports())
            .Add(c => c.Placements, new Dictionary<long, ReportPlacement> { [2] = new(0.1, MentionReview.Corrected, []) }));

        Assert.Empty(cut.FindAll("[data-role=popup-uncertain]"));
        Assert.Equal("Placed by a user", cut.Find("[data-role=popup-confidence]").TextContent);
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
