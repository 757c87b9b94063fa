using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Recognition;

/// <summary>A town or county opening the name of its own government body (real gazetteer).</summary>
[Trait("Category", "Integration")]
public class OrganisationPlaceTests
{
    private static readonly ToponymRecognizer Recognizer = new(BundledGazetteer.Instance);

    [Theory]
    [InlineData("The Athens Police Department arrested a 33-year-old man.", "Athens")]
    [InlineData("In 2006, Dublin City Council committed $250,000 to the memorial.", "Dublin City")]
    [InlineData("The case went to the Mansfield Police Department on Friday.", "Mansfield")]
    public void A_place_opening_its_government_body_is_recognised_as_an_actor(string text, string place)
    {
        var mention = Assert.Single(Recognizer.Recognize(text), m => m.Mention.Text == place);

        Assert.Equal(MentionRole.Actor, mention.Mention.Role);
    }

    [Theory]
    [InlineData("She studied at Amherst College before moving west.", "Amherst")]
    [InlineData("The Mansfield News Journal reported the vote.", "Mansfield")]
    public void A_place_opening_a_college_or_a_newspaper_is_not_recognised(string text, string place)
    {
        Assert.DoesNotContain(Recognizer.Recognize(text), m => m.Mention.Text == place);
    }
}
