using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Geoparsing.Tests.Recognition;

/// <summary>Level hints read from the words around a name, for recognised and for given spans.</summary>
public class PlaceLikeNamesTests
{
    private static LevelHint[] HintsOf(string text, params string[] names) =>
        PlaceLikeNames.HintsOf(text, [.. names.Select(n => (text.IndexOf(n, StringComparison.Ordinal), n.Length))]);

    [Fact]
    public void A_list_closed_by_counties_names_counties()
    {
        const string text = "Roads are icy in Alder, Birch, Upper Cedar and Dunmore counties this morning.";

        Assert.All(HintsOf(text, "Alder", "Birch", "Upper Cedar", "Dunmore"), h => Assert.Equal(LevelHint.County, h));
    }

    [Fact]
    public void A_list_closed_by_provinces_names_provinces()
    {
        Assert.All(HintsOf("Fighting spread to Alderia and Birchia provinces.", "Alderia", "Birchia"), h => Assert.Equal(LevelHint.Admin, h));
    }

    [Fact]
    public void Given_spans_read_their_context_as_recognised_ones_do()
    {
        const string text = "Militants left Alderton province; Birchton police said Cedarton was calm.";

        Assert.Equal([LevelHint.Admin, LevelHint.Settlement, LevelHint.None], HintsOf(text, "Alderton", "Birchton", "Cedarton"));
    }
}
