using MapDashboard.Components.Corrections;
using MapDashboard.Data.Model;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components.Corrections;

public class MentionCorrectionsTests
{
    private static MentionDetail Mention(long id, string text, string? place, string? country = "SY", MentionReview review = MentionReview.None) =>
        new(id, 0, text.Length, text, place is null ? null : 1, place, place is null ? null : 35.9, place is null ? null : 39.0,
            MentionRole.Event, place is null ? null : PlaceLevel.City, place is null ? null : country, 0.9) { Review = review };

    private static Task<AngleSharp.Dom.IDocument> RenderAsync(params MentionDetail[] mentions) =>
        ComponentHarness.RenderAsync<MentionCorrections>(new Dictionary<string, object?> { [nameof(MentionCorrections.Mentions)] = mentions });

    [Fact]
    public async Task Every_name_says_where_it_went_and_links_to_its_correction()
    {
        var doc = await RenderAsync(
            Mention(3, "Raqqa", "Ar Raqqah"),
            Mention(4, "Tabqa", null),
            Mention(5, "Homs", "Homs", review: MentionReview.Corrected),
            Mention(6, "Assad", null, review: MentionReview.Dismissed));

        Assert.Equal("Wrong place? Correct a place name (4)", doc.QuerySelector("summary")!.TextContent);
        var items = doc.QuerySelectorAll(".mention-corrections li");
        Assert.Equal(["Ar Raqqah, SY", "not in gazetteer", "Homs, SY (corrected)", "not a place (dismissed)"],
            items.Select(li => li.QuerySelector(".where")!.TextContent));
        Assert.Equal(["/mentions/3/correct", "/mentions/4/correct", "/mentions/5/correct", "/mentions/6/correct"],
            items.Select(li => li.QuerySelector("a.correct-link")!.GetAttribute("href")));
        Assert.Equal("#m3", items[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_mentions_renders_nothing()
    {
        var html = await ComponentHarness.RenderHtmlAsync<MentionCorrections>(
            new Dictionary<string, object?> { [nameof(MentionCorrections.Mentions)] = Array.Empty<MentionDetail>() });

        Assert.Equal("", html.Trim());
    }

    [Fact]
    public async Task Hostile_names_are_text_not_markup()
    {
        var html = await ComponentHarness.RenderHtmlAsync<MentionCorrections>(new Dictionary<string, object?>
        {
            [nameof(MentionCorrections.Mentions)] = new[] { Mention(7, "<script>alert(1)</script>", "<b>Raqqa</b>", "<i>") },
        });
        var doc = await RenderAsync(Mention(7, "<script>alert(1)</script>", "<b>Raqqa</b>", "<i>"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll(".mention-corrections script, .mention-corrections b, .mention-corrections i"));
        Assert.Equal("<script>alert(1)</script>", doc.QuerySelector("li a")!.TextContent);
        Assert.Equal("<b>Raqqa</b>, <i>", doc.QuerySelector(".where")!.TextContent);
    }
}
