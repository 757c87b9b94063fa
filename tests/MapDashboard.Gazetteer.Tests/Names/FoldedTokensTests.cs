using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Tests.Names;

public class FoldedTokensTests
{
    private const string Text = "Fighting in Deir ez-Zor, Côte d’Ivoire and the U.S.; Syria’s STRASSE Straße 北京 Łódź.";

    [Fact]
    public void Holds_the_words_Tokenize_returns()
    {
        List<TextToken> expected = TextTokenizer.Tokenize(Text);
        FoldedTokens words = TextTokenizer.TokenizeFolded(Text);
        Assert.Equal(expected.Count, words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            Assert.Equal(expected[i], new TextToken(words.Start(i), words.Length(i), words.Folded(i).ToString(), words.IsCapitalised(i)));
        }
    }

    [Fact]
    public void A_key_is_the_folded_words_joined_by_spaces()
    {
        List<TextToken> tokens = TextTokenizer.Tokenize(Text);
        FoldedTokens words = TextTokenizer.TokenizeFolded(Text);
        for (int first = 0; first < tokens.Count; first++)
        {
            for (int count = 1; first + count <= tokens.Count; count++)
            {
                string joined = string.Join(' ', tokens.Skip(first).Take(count).Select(t => t.Folded));
                Assert.Equal(joined, words.Key(first, count).ToString());
            }
        }
    }

    [Fact]
    public void Grows_past_the_room_it_starts_with()
    {
        string text = string.Concat(Enumerable.Repeat("Straße ", 40));
        FoldedTokens words = new FoldedTokens(0);
        foreach (TextToken token in TextTokenizer.Tokenize(text))
        {
            words.Append(token.Start, token.Length, token.Folded, token.IsCapitalised);
        }
        Assert.Equal(string.Join(' ', Enumerable.Repeat("strasse", 40)), words.Key(0, words.Count).ToString());
    }
}
