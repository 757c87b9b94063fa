using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Dating;

public class DatingTests
{
    private static readonly Geoparser Parser = new(SyriaFixture.Create());

    private static ArticleText Article(string body, FuzzyDate? meta = null, FuzzyDate? documentDate = null) =>
        new() { Title = "Report on Syria", Body = body, SourceName = "t", Position = 0, MetadataDate = meta, DocumentDate = documentDate };

    [Fact]
    public void Dateline_TakesItsYearFromTheSurroundingText()
    {
        var article = Article("MOSCOW, March 17. /TASS/. The spokesman on Friday doubted reports on Syria.", documentDate: FuzzyDate.Day(new DateOnly(2017, 2, 27)));

        var parsed = Parser.ParseArticle(article);

        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), parsed.Date);
    }

    [Fact]
    public void Metadata_BeatsTheText()
    {
        var parsed = Parser.ParseArticle(Article("On February 27, 2017, clashes in Homs.", FuzzyDate.Day(new DateOnly(2017, 3, 1))));

        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 1)), parsed.Date);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 2, 27)), parsed.Mentions.Single(m => m.Mention.Text == "Homs").Date);
    }

    [Fact]
    public void Weekday_ResolvesToTheLatestSuchDayOnOrBeforeTheArticle()
    {
        // 2017-03-17 is a Friday: "on Friday" is that day, "on Thursday" the day before, "last Friday" a week before.
        var parsed = Parser.ParseArticle(Article("Clashes in Homs on Thursday.\n\nOn Friday, strikes near Palmyra.\n\nLast Friday, talks in Ankara.", FuzzyDate.Day(new DateOnly(2017, 3, 17))));

        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 16)), parsed.Mentions.Single(m => m.Mention.Text == "Homs").Date);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), parsed.Mentions.Single(m => m.Mention.Text == "Palmyra").Date);
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 10)), parsed.Mentions.Single(m => m.Mention.Text == "Ankara").Date);
    }

    [Fact]
    public void Weekday_AgainstAYearOnlyArticle_IsThatYear_NeverAnInventedDay()
    {
        var parsed = Parser.ParseArticle(Article("On Friday, strikes near Palmyra.", FuzzyDate.Year(2017)));

        var date = parsed.Mentions.Single(m => m.Mention.Text == "Palmyra").Date;

        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal("2017", date.ToString());
    }

    [Fact]
    public void NoDateAnywhere_IsUnknown()
    {
        var parsed = Parser.ParseArticle(Article("Yesterday the army entered Palmyra."));

        Assert.Equal(FuzzyDate.Unknown, parsed.Date);
        Assert.Equal(DatePrecision.Unknown, parsed.Mentions.Single(m => m.Mention.Text == "Palmyra").Date.Precision);
    }

    [Theory]
    [InlineData("The city was occupied since 2014 by Daesh, said officials in Mosul.", "2014", DatePrecision.Year)]
    [InlineData("Last month, militants left Homs.", "2017-02", DatePrecision.Month)]
    [InlineData("This year the army will retake Mosul.", "2017", DatePrecision.Year)]
    [InlineData("Turkey canceled last November its tender in Ankara.", "2016-11", DatePrecision.Month)]
    [InlineData("Fighting resumed in Homs on March 3.", "2017-03-03", DatePrecision.Day)]
    public void EventDates_CarryTheirPrecision(string body, string expected, DatePrecision precision)
    {
        var parsed = Parser.ParseArticle(Article(body, FuzzyDate.Day(new DateOnly(2017, 3, 17))));

        var date = parsed.Mentions.Last(m => m.Place is not null).Date;

        Assert.Equal(precision, date.Precision);
        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void LatestCompleteDate_IsTheFallback()
    {
        var parsed = Parser.ParseArticle(Article("The operation began on October 17, 2016. On Monday clashes in Mosul.", documentDate: FuzzyDate.Day(new DateOnly(2017, 2, 27))));

        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 2, 27)), parsed.Date);
        // 2017-02-27 was a Monday.
        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 2, 27)), parsed.Mentions.Single(m => m.Mention.Text == "Mosul").Date);
    }
}
