using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Recognition;

/// <summary>Rules motivated by false positives in the GeoVirus development set (examples written here, not copied).</summary>
public class ContextRuleTests
{
    private static readonly ToponymRecognizer Recognizer = new(SyriaFixture.Create());

    private static List<RecognizedMention> Recognize(string text) => Recognizer.Recognize(text).ToList();

    [Theory]
    [InlineData("Doctors in Homs are treating cases of Marburg fever.", "Marburg")]
    [InlineData("Samples were taken in Homs on August 28.", "August")]
    [InlineData("The settlement, worth US$460 million, was signed in Homs.", "US")]
    public void DiseasesMonthsAndCurrencies_AreNotPlaces(string text, string name)
    {
        Assert.DoesNotContain(Recognize(text), m => m.Mention.Text == name);
        Assert.Contains(Recognize(text), m => m.Mention.Text == "Homs");
    }

    [Fact]
    public void Abbreviation_AfterItsLongName_IsTheSamePlace()
    {
        var found = Recognize("Horses raced in New South Wales (NSW). Officials in NSW closed the tracks.");

        var nsw = found.Where(m => m.Mention.Text == "NSW").ToList();
        Assert.Equal(2, nsw.Count);
        Assert.All(nsw, m => Assert.Equal("New South Wales", m.LookupName));
    }

    [Fact]
    public void StateOrgan_NamesTheStateAsAnActor()
    {
        var m = Assert.Single(Recognize("The California Department of Public Health confirmed two cases."));

        Assert.Equal("California", m.Mention.Text);
        Assert.Equal(MentionRole.Actor, m.Mention.Role);
    }

    [Fact]
    public void LoneNameAfterIn_TheGazetteerLacks_IsUnresolved()
    {
        var jobar = Assert.Single(Recognize("The army sent reinforcements to the front in Jobar, officials said."), m => m.Mention.Text == "Jobar");

        Assert.Equal(MentionRole.Event, jobar.Mention.Role);
    }

    [Fact]
    public void LowercaseArticle_BeforeAKnownName_IsTrimmed()
    {
        var found = Recognize("Hotspots in south Syria remain.");

        Assert.Contains(found, m => m.Mention.Text == "Syria");
    }
}
