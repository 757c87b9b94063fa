using Bunit;
using MapDashboard.Components.Dashboard;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components.Dashboard;

public class ReportListTests : BunitContext
{
    private const long ArRaqqahSyria = 172955;
    private const long Damascus = 170654;
    private const long SyriaCountry = 163843;

    private static readonly ReportPlace Raqqa = new(ArRaqqahSyria, "Ar Raqqah", 2, 35.95, 39.01, PlaceLevel.City, MentionRole.Event, 0.9) { Country = "SY" };
    private static readonly ReportPlace Syria = new(SyriaCountry, "Syria", 4, 35, 38, PlaceLevel.Country, MentionRole.Actor, 0.8) { Country = "SY" };
    private static readonly ReportPlace DamascusCity = new(Damascus, "Damascus", 5, 33.51, 36.29, PlaceLevel.City, MentionRole.Event, 0.9) { Country = "SY" };

    private static readonly ReportListItem Clashes =
        new(42, "Clashes near Raqqa", "TASS", new DateOnly(2017, 3, 17), DatePrecision.Day, [Raqqa, Syria, DamascusCity], PlaceCount: 5);
    private static readonly ReportListItem Older =
        new(7, "Older report", null, new DateOnly(2017, 2, 1), DatePrecision.Month, [DamascusCity], PlaceCount: 1);

    private readonly List<bool> tabs = [];
    private readonly List<long?> pointed = [];
    private readonly List<ReportListItem> chosen = [];

    private IRenderedComponent<ReportList> RenderList(IReadOnlyList<ReportListItem> reports, bool undated = false, int undatedTotal = 0) =>
        Render<ReportList>(p => p
            .Add(l => l.Read, (offset, count, _) =>
                Task.FromResult<(IReadOnlyList<ReportListItem>, int)>(([.. reports.Skip(offset).Take(count)], reports.Count)))
            .Add(l => l.Undated, undated)
            .Add(l => l.UndatedChanged, tabs.Add)
            .Add(l => l.UndatedTotal, undatedTotal)
            .Add(l => l.Pointed, pointed.Add)
            .Add(l => l.Chosen, chosen.Add));

    [Fact]
    public void Each_report_shows_its_title_places_date_and_source_newest_first()
    {
        var cut = RenderList([Clashes, Older]);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".event-item").Count));
        Assert.Equal(["Clashes near Raqqa", "Older report"], cut.FindAll(".event-item-title").Select(t => t.TextContent));
        Assert.Equal(["Ar Raqqah, SY; Syria; Damascus, SY +2 · 17 March 2017 · TASS", "Damascus, SY · February 2017"],
            cut.FindAll(".event-item-meta").Select(t => t.TextContent));
        Assert.Equal("2 reports in view, newest first.", cut.Find("[data-role=event-list-summary]").TextContent);
    }

    [Fact]
    public void The_tabs_show_which_list_is_open_and_the_undated_count()
    {
        var cut = RenderList([Clashes], undated: false, undatedTotal: 1234);

        Assert.Equal("true", cut.Find("[data-role=list-dated]").GetAttribute("aria-selected"));
        Assert.Equal("false", cut.Find("[data-role=list-undated]").GetAttribute("aria-selected"));
        Assert.Equal("Undated (1,234)", cut.Find("[data-role=list-undated]").TextContent);
    }

    [Fact]
    public void Choosing_a_tab_raises_which_one()
    {
        var cut = RenderList([Clashes]);

        cut.Find("[data-role=list-undated]").Click();
        cut.Find("[data-role=list-dated]").Click();

        Assert.Equal([true, false], tabs);
    }

    [Fact]
    public void The_undated_tab_says_so_in_its_summary()
    {
        var cut = RenderList([Older with { Date = null, DatePrecision = DatePrecision.Unknown }], undated: true, undatedTotal: 1);

        cut.WaitForAssertion(() => Assert.Equal("1 undated report in view.", cut.Find("[data-role=event-list-summary]").TextContent));
        Assert.Equal("true", cut.Find("[data-role=list-undated]").GetAttribute("aria-selected"));
        Assert.EndsWith("· date unknown", cut.Find(".event-item-meta").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "No reports in view.")]
    [InlineData(true, "No undated reports in view.")]
    public void An_empty_view_says_so(bool undated, string summary)
    {
        var cut = RenderList([], undated);

        cut.WaitForAssertion(() => Assert.Equal(summary, cut.Find("[data-role=event-list-summary]").TextContent));
        Assert.Empty(cut.FindAll(".event-item"));
    }

    [Fact]
    public void An_empty_list_says_why_when_the_page_knows()
    {
        var cut = RenderList([]);
        cut.Render(p => p.Add(c => c.EmptyText, "No report mentions “Atlantis”."));

        cut.WaitForAssertion(() => Assert.Equal("No report mentions “Atlantis”.", cut.Find("[data-role=event-list-summary]").TextContent));
    }

    [Fact]
    public void A_parent_render_with_the_same_inputs_draws_nothing_and_a_refresh_reads_the_rows_again()
    {
        List<ReportListItem> reports = [Clashes, Older];
        var cut = Render<ReportList>(p => p
            .Add(l => l.Read, (offset, count, _) =>
                Task.FromResult<(IReadOnlyList<ReportListItem>, int)>(([.. reports.Skip(offset).Take(count)], reports.Count)))
            .Add(l => l.Chosen, chosen.Add));
        cut.WaitForAssertion(() => Assert.Equal("2 reports in view, newest first.", cut.Find("[data-role=event-list-summary]").TextContent));

        var renders = cut.RenderCount;
        cut.Render(p => p.Add(l => l.UndatedTotal, 0));
        Assert.Equal(renders, cut.RenderCount);

        // A slider step: the page's filter now selects one report.
        reports = [Older];
        cut.InvokeAsync(() => cut.Instance.RefreshAsync());
        cut.WaitForAssertion(() => Assert.Equal(["Older report"], cut.FindAll(".event-item-title").Select(t => t.TextContent)));
        Assert.Equal("1 report in view, newest first.", cut.Find("[data-role=event-list-summary]").TextContent);
        cut.Find(".event-item").Click();
        Assert.Same(Older, Assert.Single(chosen));
    }

    [Fact]
    public void Pointing_at_a_report_points_at_its_first_place_and_choosing_it_raises_the_report()
    {
        var cut = RenderList([Clashes, Older]);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".event-item").Count));

        cut.FindAll(".event-item")[1].MouseEnter();
        cut.Find("[data-role=event-list-items]").MouseLeave();
        cut.FindAll(".event-item")[0].Click();

        Assert.Equal([Damascus, null], pointed);
        Assert.Same(Clashes, Assert.Single(chosen));
    }
}
