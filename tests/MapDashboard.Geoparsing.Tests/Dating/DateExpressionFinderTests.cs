using System.Text.RegularExpressions;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Evaluation;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Dating;

/// <summary>
/// <see cref="DateExpressionFinder.FindAll"/> tries its pattern only where a digit or an opening word starts a
/// word; it must find exactly what the same pattern run over the whole text finds.
/// </summary>
public class DateExpressionFinderTests
{
    private static readonly Regex WholeText = new(DateExpressionFinder.Pattern, RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("On February 27, 2017, clashes in Homs. Last month and since early March; by Friday, mid-2016.")]
    [InlineData("Todays news: tonightly yesterday's strikes; earlier this week, later next year, in the past month.")]
    [InlineData("1 March 2017 and 2017-03-01, Sept. 5th, 2016, 12 Dec, Dec 12th, on Monday, LAST FRIDAY, ON sunday")]
    [InlineData("the \u212Aelvin-sign \u017Fince 2015 and \u0130N 2014 within 2013 pin 2012 x2011 _in 2010 café in 2009")]
    [InlineData("Since Early March, since late 2016, earlier this week, LATER PAST MONTH, mid- 2016, mid 2016, mid-March, in\u00A02017, in\t\tJune, on\nFriday, in the 1990s, of 1999, past  years, \u017Fince early May, next\u2003Year")]
    [InlineData("May and march are words; in May, in march; throughout 2019; of 2020; during 1999; Mondays Friday_")]
    public void FindsWhatThePatternFindsOverTheWholeText(string text) => AssertSameAsWholeText(text);

    [Fact]
    public void FindsWhatThePatternFindsInTheSeeds()
    {
        foreach (var prefix in new[] { "000", "004" }) AssertSameAsWholeText(File.ReadAllText(TestPaths.Seed(prefix)));
    }

    [GeoVirusFact]
    [Trait("Category", "Slow")]
    public void FindsWhatThePatternFindsInGeoVirus()
    {
        foreach (var doc in CorpusReader.Read(GeoVirusFactAttribute.GeoVirusPath!)) AssertSameAsWholeText(doc.Text);
    }

    [Theory]
    [InlineData("Shelling on 2017-00-08.")]
    [InlineData("Shelling on 2017-13-01.")]
    [InlineData("Shelling on 2017-19-31.")]
    [InlineData("Shelling on 2017-02-30.")]
    public void AnIsoShapeThatIsNoDateIsNoFullDate(string text)
    {
        Assert.DoesNotContain(DateExpressionFinder.FindAll(text), e => e.Kind == DateExpressionKind.FullDate);
        Assert.Null(DateExpressionFinder.LatestCompleteDate(text));
    }

    [Fact]
    public void AnIsoDateIsAFullDate() =>
        Assert.Equal(new DateOnly(2017, 12, 8), DateExpressionFinder.LatestCompleteDate("Shelling on 2017-12-08."));

    private static void AssertSameAsWholeText(string text) =>
        Assert.Equal(
            WholeText.Matches(text).Select(m => (m.Index, m.Length, m.Value)),
            DateExpressionFinder.Matches(text).Select(m => (m.Index, m.Length, m.Value)));
}
