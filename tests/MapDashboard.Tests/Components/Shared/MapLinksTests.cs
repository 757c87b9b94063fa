using MapDashboard.Components.Shared;
using MapDashboard.Gazetteer;

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

    [Fact]
    public void A_place_link_from_an_article_keeps_the_maps_range_and_filters()
    {
        Assert.Equal("/?lat=36.335&lon=43.1189&zoom=10&from=2017-03-01&to=2017-03-31&q=raqqa%20OR%20mosul&role=event&country=IQ&place=99072",
            MapLinks.ToPlace(36.335, 43.11889, PlaceLevel.City, 99072, "/?lat=35&lon=39&zoom=6&from=2017-03-01&to=2017-03-31&q=raqqa%20OR%20mosul&role=event&country=IQ"));
        Assert.Equal("/?lat=36.335&lon=43.11889&zoom=10&place=99072", MapLinks.ToPlace(36.335, 43.11889, PlaceLevel.City, 99072));
        Assert.Equal("/?lat=36.335&lon=43.11889&zoom=10&place=99072", MapLinks.ToPlace(36.335, 43.11889, PlaceLevel.City, 99072, "//evil.example"));
    }
}
