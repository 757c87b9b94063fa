using System.Web;
using Bunit;
using MapDashboard.Components.Dashboard;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components.Dashboard;

public class ExportLinksTests : BunitContext
{
    [Fact]
    public void Both_links_download_what_the_page_shows()
    {
        var state = new DashboardState
        {
            From = new DateOnly(2017, 3, 1),
            To = new DateOnly(2017, 3, 17),
            Roles = new HashSet<MentionRole> { MentionRole.Event },
            Countries = new HashSet<string>(["SY"], StringComparer.Ordinal),
            Query = "Raqqa",
            ShowUndated = false,
        };

        var cut = Render<ExportLinks>(p => p.Add(e => e.Query, state.ToExportQuery(maxArticleId: 42)));

        var csv = cut.Find("[data-role=export-csv]").GetAttribute("href")!;
        var geojson = cut.Find("[data-role=export-geojson]").GetAttribute("href")!;
        Assert.StartsWith("/api/events.csv?", csv, StringComparison.Ordinal);
        Assert.StartsWith("/api/events.geojson?", geojson, StringComparison.Ordinal);
        foreach (var href in new[] { csv, geojson })
        {
            var query = HttpUtility.ParseQueryString(href[(href.IndexOf('?') + 1)..]);
            Assert.Equal("2017-03-01", query["from"]);
            Assert.Equal("2017-03-17", query["to"]);
            Assert.Equal("event", query["role"]);
            Assert.Equal("SY", query["country"]);
            Assert.Equal("Raqqa", query["q"]);
            Assert.Equal("false", query["undated"]);
            Assert.Equal("42", query["maxArticleId"]);
        }
        Assert.All(cut.FindAll("a"), a => Assert.True(a.HasAttribute("download")));
    }

    [Fact]
    public void A_fresh_page_exports_the_undated_reports_too()
    {
        var cut = Render<ExportLinks>(p => p.Add(e => e.Query, new DashboardState().ToExportQuery()));

        Assert.Equal("/api/events.csv?role=event,dateline&undated=true", cut.Find("[data-role=export-csv]").GetAttribute("href"));
    }
}
