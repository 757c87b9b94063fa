using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Tests.Names;

public class TransliterationKeyTests
{
    [Theory]
    [InlineData("Deir Ezzor")]
    [InlineData("Deir Ezzur")]
    [InlineData("Deir ez-Zor")]
    [InlineData("Dayr az Zawr")]
    [InlineData("Deir al-Zour")]
    public void Deir_ez_Zor_spellings_share_a_key(string spelling) =>
        Assert.Equal(TransliterationKey.Of("Dayr az Zawr"), TransliterationKey.Of(spelling));

    [Theory]
    [InlineData("al-Tabaqa", "Tabaqah")]
    [InlineData("Ar-Raqqah", "Raqqa")]
    [InlineData("Rakka", "Raqqa")]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Kharkov", "Kharkiv")]
    [InlineData("Lvov", "Lviv")]
    [InlineData("St. Marc", "Saint-Marc")]
    [InlineData("Ft. Worth", "Fort Worth")]
    public void Variants_meet(string a, string b) =>
        Assert.Equal(TransliterationKey.Of(b), TransliterationKey.Of(a));

    [Fact]
    public void A_lone_article_is_kept() => Assert.Equal("el", TransliterationKey.Of("El"));

    [Fact]
    public void A_first_word_keeps_its_letters() => Assert.NotEqual(TransliterationKey.Of("Ras"), TransliterationKey.Of("Arras"));
}
