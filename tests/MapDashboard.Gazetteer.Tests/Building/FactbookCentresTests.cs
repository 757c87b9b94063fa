using MapDashboard.Gazetteer.Building;

namespace MapDashboard.Gazetteer.Tests.Building;

public class FactbookCentresTests
{
    [Theory]
    [InlineData("15 00 N, 19 00 E", 15.0, 19.0)]                                    // Chad
    [InlineData("38 00 N, 97 00 W", 38.0, -97.0)]                                   // United States
    [InlineData("5 00 S, 120 00 E", -5.0, 120.0)]                                   // Indonesia
    [InlineData("41 54 N, 12 27 E", 41.9, 12.45)]                                   // Holy See: minutes are sixtieths
    [InlineData("6 00 S, 71 30 E; note - Diego Garcia 7 20 S, 72 25 E", -6.0, 71.5)] // the first pair, notes ignored
    public void Parses_degrees_and_minutes(string text, double latitude, double longitude)
    {
        (double Latitude, double Longitude)? point = FactbookCentres.ParseCoordinates(text);
        Assert.NotNull(point);
        Assert.Equal(latitude, point.Value.Latitude, 5);
        Assert.Equal(longitude, point.Value.Longitude, 5);
    }

    [Theory]
    [InlineData("17 90 N, 62 85 W")] // Saint Barthelemy's typing error: minutes must be below 60
    [InlineData("none")]
    [InlineData("")]
    public void Refuses_malformed_coordinates(string text) => Assert.Null(FactbookCentres.ParseCoordinates(text));
}
