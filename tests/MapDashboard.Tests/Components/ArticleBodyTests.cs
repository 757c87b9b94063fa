using System.Globalization;
using Bunit;
using MapDashboard.Components.Articles;
using MapDashboard.Components.Shared;
using MapDashboard.Geoparsing.Dating;
using static MapDashboard.Tests.Components.SampleData;

namespace MapDashboard.Tests.Components;

public class ArticleBodyTests : BunitContext
{
    private IRenderedComponent<ArticleBody> RenderBody() =>
        Render<ArticleBody>(p => p
            .Add(b => b.Text, Text)
            .Add(b => b.Start, BodyOffset)
            .Add(b => b.Mentions, Mentions));

    [Fact]
    public void Highlights_each_mention_at_its_offsets()
    {
        var cut = RenderBody();

        var places = cut.FindAll(".place");
        // Mention 1 is in the title, outside the body range.
        Assert.Equal(["Raqqa", "Xyzzy", "Syria"], places.Select(p => p.TextContent));
        Assert.Equal(["m2", "m3", "m4"], places.Select(p => p.Id));
    }

    [Fact]
    public void Keeps_paragraphs_and_their_text_verbatim()
    {
        var cut = RenderBody();

        var paragraphs = cut.FindAll(".article-body p").Select(p => p.TextContent).ToList();
        Assert.Equal(Body.Split("\n\n"), paragraphs);
    }

    [Fact]
    public void Escapes_markup_in_the_text()
    {
        var cut = RenderBody();
        var html = cut.Markup;

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<script>alert('x')</script>", cut.Find(".article-body p").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolved_mentions_link_to_the_map_centred_on_the_place()
    {
        var cut = RenderBody();

        var raqqa = cut.Find("a#m2");
        var href = raqqa.GetAttribute("href")!;
        var query = System.Web.HttpUtility.ParseQueryString(href[(href.IndexOf('?') + 1)..]);
        Assert.StartsWith("/?", href, StringComparison.Ordinal);
        Assert.Equal(RaqqaLat, double.Parse(query["lat"]!, CultureInfo.InvariantCulture), 5);
        Assert.Equal(RaqqaLon, double.Parse(query["lon"]!, CultureInfo.InvariantCulture), 5);
        Assert.Equal(MapLinks.ZoomFor(MapDashboard.Gazetteer.PlaceLevel.City).ToString(CultureInfo.InvariantCulture), query["zoom"]);
        Assert.Equal(ArRaqqahSyria.ToString(CultureInfo.InvariantCulture), query["place"]);
        Assert.Equal(ArRaqqahSyria.ToString(CultureInfo.InvariantCulture), raqqa.GetAttribute("data-place-id"));

        var syria = cut.Find("a#m4");
        Assert.Contains("zoom=5", syria.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("role-actor", syria.ClassList);
    }

    [Fact]
    public void Unresolved_mentions_are_marked_not_in_gazetteer()
    {
        var cut = RenderBody();

        var xyzzy = cut.Find("#m3");
        Assert.Equal("MARK", xyzzy.TagName);
        Assert.Contains("unresolved", xyzzy.ClassList);
        Assert.Equal("not in gazetteer", xyzzy.GetAttribute("title"));
        Assert.Null(xyzzy.GetAttribute("href"));
    }

    [Fact]
    public void A_mention_crossing_a_paragraph_break_is_cut_and_overlaps_are_skipped()
    {
        const string text = "Alpha Be\n\nta Gamma";
        var crossing = new MapDashboard.Data.Queries.MentionDetail(1, 6, 12, "Be\n\nta", null, null, null, null,
            MapDashboard.Geoparsing.Recognition.MentionRole.Event, null, null, 0);
        var overlapping = crossing with { Id = 2, Start = 7, End = 8 };

        var paragraphs = TextSegmenter.Paragraphs(text, 0, text.Length, [crossing, overlapping]);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(["Alpha ", "Be"], paragraphs[0].Select(s => s.Text));
        Assert.Same(crossing, paragraphs[0][1].Mention);
        Assert.Equal(["ta Gamma"], paragraphs[1].Select(s => s.Text));
    }

    [Theory]
    [InlineData(2017, 3, 17, DatePrecision.Day, "17 March 2017")]
    [InlineData(2017, 3, 1, DatePrecision.Month, "March 2017")]
    [InlineData(2017, 1, 1, DatePrecision.Year, "2017 (year only)")]
    public void Dates_are_described_in_words_for_their_precision(int y, int m, int d, DatePrecision precision, string expected)
    {
        Assert.Equal(expected, DateText.Describe(new DateOnly(y, m, d), precision));
    }

    [Fact]
    public void Unknown_dates_say_so()
    {
        Assert.Equal("date unknown", DateText.Describe(null, DatePrecision.Unknown));
        Assert.Equal("date unknown", DateText.Describe(new DateOnly(2017, 1, 1), DatePrecision.Unknown));
    }
}
