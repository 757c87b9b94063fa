using MapDashboard.Components.Shared;

namespace MapDashboard.Tests.Components.Shared;

public class MapLinksTests
{
    [Theory]
    [InlineData("/?lat=35.9&lon=39&zoom=8&role=event,dateline", "/?lat=35.9&lon=39&zoom=8&role=event,dateline")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    // Never an open redirect, nor another page of this site.
    [InlineData("//evil.example/?x=1", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/import", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public void Back_to_the_map_goes_only_to_this_sites_map(string? map, string expected) =>
        Assert.Equal(expected, MapLinks.MapAddress(map));

    [Fact]
    public void A_link_away_carries_the_map_address_before_its_fragment()
    {
        Assert.Equal("/articles/5?corrected=3&map=%2F%3Fzoom%3D8#m3", MapLinks.WithMap("/articles/5?corrected=3#m3", "/?zoom=8"));
        Assert.Equal("/articles/5#m3", MapLinks.WithMap("/articles/5#m3", null));
        Assert.Equal("/articles/5#m3", MapLinks.WithMap("/articles/5#m3", "//evil.example"));
    }
}
