using MapDashboard.Components.Shared;
using MapDashboard.Hosting;

namespace MapDashboard.Tests.Components.Shared;

public class ImportResultsTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(params UploadOutcome[] outcomes) =>
        ComponentHarness.RenderAsync<ImportResults>(new Dictionary<string, object?> { [nameof(ImportResults.Outcomes)] = outcomes });

    [Fact]
    public async Task One_line_per_file_with_counts_or_the_reason_it_was_skipped()
    {
        var doc = await RenderAsync(
            new UploadOutcome("mosul.txt", 1, 3, 1, false, null),
            new UploadOutcome("digest.txt", 2, 1, 0, false, null),
            new UploadOutcome("again.txt", 0, 0, 0, true, null),
            new UploadOutcome("latin1.txt", 0, 0, 0, false, "cannot read latin1.txt: it is not UTF-8 text"));

        var lines = doc.QuerySelectorAll("[data-role=import-results] li");
        Assert.Equal(["mosul.txt", "digest.txt", "again.txt", "latin1.txt"], lines.Select(l => l.GetAttribute("data-file")));
        Assert.Equal(["import-ok", "import-ok", "import-ok", "import-failed"], lines.Select(l => l.ClassName));
        Assert.Equal("mosul.txt: 1 article · 3 events · 1 unresolved name", Squash(lines[0].TextContent));
        Assert.Equal("digest.txt: 2 articles · 1 event · 0 unresolved names", Squash(lines[1].TextContent));
        Assert.Equal("again.txt: already imported, nothing added", Squash(lines[2].TextContent));
        Assert.Equal("latin1.txt: not imported: cannot read latin1.txt: it is not UTF-8 text", Squash(lines[3].TextContent));
        Assert.Equal("/", doc.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_link_to_the_map_when_nothing_was_placed()
    {
        var doc = await RenderAsync(new UploadOutcome("empty.txt", 0, 0, 0, false, "empty.txt is empty: nothing to import."));

        Assert.Null(doc.QuerySelector("a"));
        Assert.NotNull(doc.QuerySelector("[data-role=import-results]"));
    }

    [Fact]
    public async Task Hostile_file_names_and_messages_are_text_not_markup()
    {
        var outcome = new UploadOutcome("<script>alert(1)</script>.txt", 0, 0, 0, false, "<img src=x onerror=alert(2)>");
        var html = await ComponentHarness.RenderHtmlAsync<ImportResults>(new Dictionary<string, object?> { [nameof(ImportResults.Outcomes)] = new[] { outcome } });
        var doc = await RenderAsync(outcome);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("script, img"));
        Assert.Equal("<script>alert(1)</script>.txt", doc.QuerySelector("strong")!.TextContent);
        Assert.Equal("<script>alert(1)</script>.txt", doc.QuerySelector("li")!.GetAttribute("data-file"));
    }

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
