using Bunit;
using MapDashboard.Components.Corrections;
using MapDashboard.Data.Model;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components.Corrections;

public class MentionCorrectionsTests : BunitContext
{
    private static MentionDetail Mention(long id, string text, string? place, string? country = "SY", MentionReview review = MentionReview.None) =>
        new(id, 0, text.Length, text, place is null ? null : 1, place, place is null ? null : 35.9, place is null ? null : 39.0,
            MentionRole.Event, place is null ? null : PlaceLevel.City, place is null ? null : country, 0.9) { Review = review };

    private IRenderedComponent<MentionCorrections> RenderCorrections(params MentionDetail[] mentions) =>
        Render<MentionCorrections>(p => p.Add(c => c.Mentions, mentions));

    [Fact]
    public void Every_name_says_where_it_went_and_links_to_its_correction()
    {
        var cut = RenderCorrections(
            Mention(3, "Raqqa", "Ar Raqqah"),
            Mention(4, "Tabqa", null),
            Mention(5, "Homs", "Homs", review: MentionReview.Corrected),
            Mention(6, "Assad", null, review: MentionReview.Dismissed));

        Assert.Equal("Wrong place? Correct a place name (4)", cut.Find("summary").TextContent);
        var items = cut.FindAll(".mention-corrections li");
        Assert.Equal(["Ar Raqqah, SY", "not in gazetteer", "Homs, SY (corrected)", "not a place (dismissed)"],
            items.Select(li => li.QuerySelector(".where")!.TextContent));
        Assert.Equal(["/mentions/3/correct", "/mentions/4/correct", "/mentions/5/correct", "/mentions/6/correct"],
            items.Select(li => li.QuerySelector("a.correct-link")!.GetAttribute("href")));
        Assert.Equal("#m3", items[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void No_mentions_renders_nothing()
    {
        var cut = RenderCorrections();

        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void Hostile_names_are_text_not_markup()
    {
        var cut = RenderCorrections(Mention(7, "<script>alert(1)</script>", "<b>Raqqa</b>", "<i>"));
        var html = cut.Markup;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".mention-corrections script, .mention-corrections b, .mention-corrections i"));
        Assert.Equal("<script>alert(1)</script>", cut.Find("li a").TextContent);
        Assert.Equal("<b>Raqqa</b>, <i>", cut.Find(".where").TextContent);
    }
}
