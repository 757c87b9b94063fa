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
    [InlineData("Deputies from the Laurel County Sheriff's Office searched the woods.", "Laurel County")]
    [InlineData("Anderson County Sheriff's deputies closed the road.", "Anderson County")]
    public void A_place_opening_its_government_body_is_recognised_as_an_actor(string text, string place)
    {
        var mention = Assert.Single(Recognizer.Recognize(text), m => m.Mention.Text == place);

        Assert.Equal(MentionRole.Actor, mention.Mention.Role);
    }

    [Theory]
    // A place of two words, a state or a county opening any organisation's name is still a place the article
    // points to (LGL annotates them; issue 11): an actor, not an event.
    [InlineData("The Pine Bluff High School band marched on Saturday.", "Pine Bluff")]
    [InlineData("Donations may be sent to the Marion County Community Foundation.", "Marion County")]
    [InlineData("She teaches history at Northern Illinois University.", "Illinois")]
    // A town's single word needs the article to name the town elsewhere too.
    [InlineData("The Oberlin College choir will sing in Oberlin on Sunday.", "Oberlin")]
    public void A_place_opening_an_organisation_is_recognised_as_an_actor(string text, string place)
    {
        Assert.Contains(Recognizer.Recognize(text), m => m.Mention.Text == place && m.Mention.Role == MentionRole.Actor);
    }

    [Theory]
    // A weekday or a function word opening a sentence, or the sentence before, is not part of the organisation.
    [InlineData("Around 7 p.m. Sunday Dover Police went to the house.", "Dover")]
    [InlineData("He was held at the county jail. Salem Police said he had fled.", "Salem")]
    // A place name of several words holding an organisation head ("Bank", as in "Chase Bank").
    [InlineData("Troops entered the West Bank on Tuesday.", "West Bank")]
    // An organisation word opening a town's own name is part of it.
    [InlineData("Flooding closed roads around Union City on Tuesday.", "Union City")]
    public void An_organisation_run_does_not_swallow_the_place_before_or_around_it(string text, string place)
    {
        Assert.Contains(Recognizer.Recognize(text), m => m.Mention.Text == place);
    }

    [Theory]
    // "Drug" is also a city in India: the agency's name starts before "and".
    [InlineData("Inspectors from the Food and Drug Administration visited the farm.", "Drug")]
    // A demonym and an organisation head are the organisation.
    [InlineData("The European Union said it would send aid.", "European Union")]
    public void Words_inside_an_organisation_are_not_places(string text, string word)
    {
        Assert.DoesNotContain(Recognizer.Recognize(text), m => m.Mention.Text == word);
    }

    [Theory]
    // A lone name before a capitalised word and a speech verb is a given name.
    [InlineData("“It was a long night,” Salem Okonkwo said.", "Salem")]
    // A name that speaks once is that person everywhere in the article.
    [InlineData("Elgin said the vote was close. Later Elgin left the hall alone.", "Elgin")]
    public void A_speaker_is_a_person_throughout_the_article(string text, string name)
    {
        Assert.DoesNotContain(Recognizer.Recognize(text), m => m.Mention.Text == name);
    }

    [Theory]
    // The verb after a comma or after "in"/"of" is the speaker's, named before the place.
    [InlineData("Maria, a nurse from Salem, told reporters the clinic had closed.", "Salem")]
    [InlineData("A spokesman for the city of Elgin said the road was open.", "Elgin")]
    public void A_place_before_the_speakers_verb_stays_a_place(string text, string place)
    {
        Assert.Contains(Recognizer.Recognize(text), m => m.Mention.Text == place);
    }

    [Fact]
    public void A_middle_initial_makes_a_person_and_the_surname_alone_is_that_person()
    {
        var mentions = Recognizer.Recognize("Police said Darnell K. Chester fled on foot. Chester was arrested on Friday.");

        Assert.DoesNotContain(mentions, m => m.Mention.Text == "Chester");
    }

    [Theory]
    [InlineData("She studied at Amherst College before moving west.", "Amherst")]
    [InlineData("The Mansfield News Journal reported the vote.", "Mansfield")]
    public void A_place_opening_a_college_or_a_newspaper_is_not_recognised(string text, string place)
    {
        Assert.DoesNotContain(Recognizer.Recognize(text), m => m.Mention.Text == place);
    }

    [Theory]
    // A county's name is whole: the office after it is no longer place name, and its given name no person.
    [InlineData("The fair ended on Sunday, said Walker County Judge Ann Pierce.", "Walker County")]
    [InlineData("The Henry County school board met on Tuesday.", "Henry County")]
    [InlineData("Flooding closed roads across Douglas County overnight.", "Douglas County")]
    public void A_county_name_is_recognised_whole(string text, string place)
    {
        Assert.Single(Recognizer.Recognize(text), m => m.Mention.Text == place);
    }

    [Fact]
    public void A_given_name_before_a_surname_is_still_a_person()
    {
        Assert.DoesNotContain(Recognizer.Recognize("Henry Stevens said the vote was close."), m => m.Mention.Text.StartsWith("Henry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Berea police are searching for a suspect.", "Berea")]
    [InlineData("The Mansfield Police Department arrested a man.", "Mansfield")]
    [InlineData("Decatur aldermen approved the plan.", "Decatur")]
    public void A_place_with_its_own_police_or_aldermen_is_a_town(string text, string place)
    {
        Assert.Equal(LevelHint.Settlement, Assert.Single(Recognizer.Recognize(text), m => m.Mention.Text == place).Hint);
    }

    [Theory]
    // A lone surname that only counties are named after ("Sullivan County") is a person.
    [InlineData("Sullivan said the plan would cost more than expected.", "Sullivan")]
    [InlineData("The coach praised Hardeman after the game.", "Hardeman")]
    // A lone given name the gazetteer lacks is no unresolved place.
    [InlineData("The two girls walked home with Kate after school.", "Kate")]
    // Holidays and ordinary capitalised words that some small place is named.
    [InlineData("The family celebrated Passover at home this year.", "Passover")]
    [InlineData("Shoppers crowded the mall in the week before Christmas.", "Christmas")]
    [InlineData("The Liberal candidate won the riding easily.", "Liberal")]
    // The car maker, not Toyota, Aichi.
    [InlineData("Toyota recalled 40,000 pickups on Friday.", "Toyota")]
    // The president's residence, not White House, Tennessee.
    [InlineData("The White House said the bill would be signed.", "White House")]
    public void Surnames_given_names_and_the_White_House_are_not_places(string text, string word)
    {
        Assert.DoesNotContain(Recognizer.Recognize(text), m => m.Mention.Text == word);
    }

    [Fact]
    public void A_county_named_without_its_word_before_counties_stays_a_place()
    {
        Assert.Contains(Recognizer.Recognize("Flood warnings covered Becker, Clay and Douglas counties."), m => m.Mention.Text == "Becker");
    }
}
