using Bunit;
using MapDashboard.Components.Shared;
using MapDashboard.Hosting;

namespace MapDashboard.Tests.Components.Shared;

public class ImportResultsTests : BunitContext
{
    private IRenderedComponent<ImportResults> RenderResults(params UploadOutcome[] outcomes) =>
        Render<ImportResults>(p => p.Add(r => r.Outcomes, outcomes));

    [Fact]
    public void One_line_per_file_with_counts_or_the_reason_it_was_skipped()
    {
        var cut = RenderResults(
            new UploadOutcome("mosul.txt", 1, 3, 1, false, null),
            new UploadOutcome("digest.txt", 2, 1, 0, false, null),
            new UploadOutcome("again.txt", 0, 0, 0, true, null),
            new UploadOutcome("latin1.txt", 0, 0, 0, false, "cannot read latin1.txt: it is not UTF-8 text"));

        var lines = cut.FindAll("[data-role=import-results] li");
        Assert.Equal(["mosul.txt", "digest.txt", "again.txt", "latin1.txt"], lines.Select(l => l.GetAttribute("data-file")));
        Assert.Equal(["import-ok", "import-ok", "import-ok", "import-failed"], lines.Select(l => l.ClassName));
        Assert.Equal("mosul.txt: 1 article · 3 events · 1 unresolved name", Squash(lines[0].TextContent));
        Assert.Equal("digest.txt: 2 articles · 1 event · 0 unresolved names", Squash(lines[1].TextContent));
        Assert.Equal("again.txt: already imported, nothing added", Squash(lines[2].TextContent));
        Assert.Equal("latin1.txt: not imported: cannot read latin1.txt: it is not UTF-8 text", Squash(lines[3].TextContent));
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void No_link_to_the_map_when_nothing_was_placed()
    {
        var cut = RenderResults(new UploadOutcome("empty.txt", 0, 0, 0, false, "empty.txt is empty: nothing to import."));

        Assert.Empty(cut.FindAll("a"));
        Assert.Single(cut.FindAll("[data-role=import-results]"));
    }

    [Fact]
    public void Hostile_file_names_and_messages_are_text_not_markup()
    {
        var outcome = new UploadOutcome("<script>alert(1)</script>.txt", 0, 0, 0, false, "<img src=x onerror=alert(2)>");
        var cut = RenderResults(outcome);
        var html = cut.Markup;

        // bunit writes attribute values as HTML5 does (only quotes and ampersands escaped), so the
        // name stands as typed in the data attribute; as text it must be escaped, and parse to no element.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;.txt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script, img"));
        Assert.Equal("<script>alert(1)</script>.txt", cut.Find("strong").TextContent);
        Assert.Equal("<script>alert(1)</script>.txt", cut.Find("li").GetAttribute("data-file"));
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
