using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Gazetteer.Tests.Indexing;

public class NameKeyFilterTests
{
    private static readonly string[] Keys = [.. Enumerable.Range(0, 20_000).Select(i => $"place {i}"), "deir ez zor", "a", "", "côte divoire"];

    private static NameKeyFilter Filled()
    {
        var filter = new NameKeyFilter(Keys.Length);
        foreach (string key in Keys)
        {
            filter.Add(key);
        }
        return filter;
    }

    [Fact]
    public void Never_rules_out_a_key_it_holds()
    {
        NameKeyFilter filter = Filled();
        Assert.All(Keys, key => Assert.True(filter.MayContain(key)));
    }

    [Fact]
    public void Rules_out_nearly_every_key_it_does_not_hold()
    {
        NameKeyFilter filter = Filled();
        int maybes = Enumerable.Range(0, 20_000).Count(i => filter.MayContain($"town {i}"));
        // Sized for well under 1% false "maybe"s; 1% leaves room for an unlucky hash.
        Assert.True(maybes < 200, $"{maybes} of 20,000 absent keys passed");
    }
}
