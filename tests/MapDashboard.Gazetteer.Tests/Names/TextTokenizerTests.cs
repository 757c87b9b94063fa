using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Tests.Names;

public class TextTokenizerTests
{
    private static string[] Words(string text) =>
        [.. TextTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length))];

    [Fact]
    public void Splits_on_spaces_hyphens_and_punctuation() =>
        Assert.Equal(["Deir", "ez", "Zor", "Raqqa"], Words("Deir ez-Zor, (Raqqa)."));

    [Fact]
    public void Leaves_out_a_possessive_s() => Assert.Equal(["Syria", "army"], Words("Syria’s army"));

    [Fact]
    public void Keeps_an_apostrophe_inside_a_word() => Assert.Equal(["Côte", "d’Ivoire", "Sana'a"], Words("Côte d’Ivoire, Sana'a"));

    [Fact]
    public void Keeps_dotted_initials_together() => Assert.Equal(["U.S.", "led", "the", "U.K."], Words("U.S.-led the U.K."));

    [Fact]
    public void Marks_capitalised_words()
    {
        List<TextToken> tokens = TextTokenizer.Tokenize("in Homs");
        Assert.False(tokens[0].IsCapitalised);
        Assert.True(tokens[1].IsCapitalised);
        Assert.Equal("homs", tokens[1].Folded);
    }
}
