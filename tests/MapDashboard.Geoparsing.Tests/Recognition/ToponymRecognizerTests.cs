using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Recognition;

public class ToponymRecognizerTests
{
    private static readonly ToponymRecognizer Recognizer = new(SyriaFixture.Create());

    private static List<PlaceMention> Mentions(string text) =>
        Recognizer.Recognize(text).Select(m => m.Mention).ToList();

    private static MentionRole RoleOf(string text, string name) =>
        Assert.Single(Mentions(text), m => m.Text == name).Role;

    [Theory]
    [InlineData("French Defense Minister Jean-Yves Le Drian said Raqqa is encircled.", "Jean-Yves Le Drian")]
    [InlineData("Maj. Gen. Igor Konashenkov said the fighting in Homs continued.", "Igor Konashenkov")]
    [InlineData("Turkish Defense Minister Fikri Işık said that Ankara will not integrate S-400.", "Fikri Işık")]
    [InlineData("Moscow summoned Israeli Ambassador to Russia Gary Koren to inquire about airstrikes.", "Gary Koren")]
    [InlineData("This time, Syrian president Bashar Al-Assad responded to the attack.", "Bashar Al-Assad")]
    public void People_AreNeverPlaces(string text, string person)
    {
        var mentions = Mentions(text);
        var at = text.IndexOf(person, StringComparison.Ordinal);

        Assert.DoesNotContain(mentions, m => m.Start < at + person.Length && at < m.Start + m.Length);
    }

    [Theory]
    [InlineData("The Kurdish-led Syrian Democratic Forces told the Syrian daily Al-Watan that fighters were near Raqqa.")]
    [InlineData("Reports claimed the al-Nusra Front occupied parts of Damascus.")]
    [InlineData("Helicopters will enter service with the Russian Navy by 2025.")]
    [InlineData("The Israeli Air Force struck near Palmyra, Austrian Der Standard newspaper wrote.")]
    [InlineData("In an interview with Sputnik, he praised the Independent and the Rossiyskaya Gazeta, CNN and BBC.")]
    public void OrganisationsAndOutlets_AreNeverPlaces(string text)
    {
        var names = Mentions(text).Select(m => m.Text).ToList();

        Assert.DoesNotContain("Sputnik", names);
        Assert.DoesNotContain("Independent", names);
        Assert.DoesNotContain("Standard", names);
        Assert.DoesNotContain(names, n => n == "Syrian" && text.Contains("Syrian Democratic", StringComparison.Ordinal) && !text.Contains("Syrian daily", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ka-52K helicopter takes off from the deck of Admiral Kuznetsov heavy aircraft carrier.", "Kuznetsov")]
    [InlineData("Russia tested its latest Ka-52K Katran reconnaissance and combat helicopter.", "Katran")]
    [InlineData("Israel used the Arrow missile defense system.", "Arrow")]
    [InlineData("Even optimists are losing hope that Mosul could be liberated.", "Even")]
    [InlineData("Mission Accomplished: Russia’s Admiral Kuznetsov carrier returning home", "Mission")]
    public void ShipsWeaponsAndCommonWords_AreNeverPlaces(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Lowercase_CommonWord_IsNotAPlace()
    {
        Assert.Empty(Mentions("the mission was to even the odds and the standard was high."));
    }

    [Theory]
    [InlineData("Ankara said it will not integrate the system.", "Ankara", MentionRole.Actor)]
    [InlineData("Russia sees no obstacles to delivering its S-400 systems to Turkey.", "Russia", MentionRole.Actor)]
    [InlineData("Following the incident, Moscow summoned the ambassador.", "Moscow", MentionRole.Actor)]
    [InlineData("Turkey’s Membership in NATO Not Obstacle to S-400 Deliveries", "Turkey", MentionRole.Actor)]
    [InlineData("Kurdish fighters were about 16 kilometers east of Raqqa.", "Raqqa", MentionRole.Event)]
    [InlineData("The Syrian army continued advances in Palmyra.", "Syrian", MentionRole.Adjectival)]
    [InlineData("He responded with Russian-made ground-to-air missiles.", "Russian", MentionRole.Adjectival)]
    [InlineData("The US-led coalition launched another round of air assault.", "US", MentionRole.Actor)]
    [InlineData("Israeli airstrikes have targeted Syria since 2012.", "Syria", MentionRole.Event)]
    public void Roles(string text, string name, MentionRole role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void Possessive_WithCurlyApostrophe_IsTrimmed()
    {
        var m = Assert.Single(Mentions("Turkey’s decision surprised no one."), x => x.Text.StartsWith("Turkey", StringComparison.Ordinal));

        Assert.Equal("Turkey", m.Text);
        Assert.Equal(0, m.Start);
        Assert.Equal(6, m.Length);
    }

    [Fact]
    public void List_OfProvinces_GivesEachAnAdminHint()
    {
        const string text = "Talks are held with commanders from the provinces of Aleppo, Damascus, Homs, Hama, and Quneitra.";

        var found = Recognizer.Recognize(text).Where(m => m.InGazetteer).ToList();

        Assert.Equal(["Aleppo", "Damascus", "Homs", "Hama", "Quneitra"], found.Select(m => m.Mention.Text));
        Assert.All(found, m => Assert.Equal(LevelHint.Admin, m.Hint));
    }

    [Fact]
    public void PlaceLikeName_TheGazetteerLacks_IsReportedUnresolved()
    {
        const string text = "150 militants from al-Wa’er neighborhood in Homs laid down arms; the army retook al-Sharimeh village.";

        var unresolved = Recognizer.Recognize(text).Where(m => !m.InGazetteer).Select(m => m.Mention.Text).ToList();

        Assert.Contains("al-Wa’er", unresolved);
        Assert.Contains("al-Sharimeh", unresolved);
    }

    [Fact]
    public void Dateline_PlaceHasTheDatelineRole()
    {
        var article = new ArticleText { Title = "Reports on Syria doubted by the ministry", Body = "MOSCOW, March 17. /TASS/. The spokesman doubted reports on Syria.", SourceName = "t", Position = 0 };

        var moscow = Assert.Single(Recognizer.Recognize(article), m => m.Mention.Text == "MOSCOW");

        Assert.Equal(MentionRole.Dateline, moscow.Mention.Role);
    }
}
