using MapDashboard.Gazetteer.Building;

namespace MapDashboard.Gazetteer.Tests.Building;

public class RepresentativePointTests
{
    private static GeoNamesRow Village(int id, double latitude, double longitude) =>
        new(id, $"v{id}", $"v{id}", [], latitude, longitude, "P", "PPL", "CN", "10", "", 1000);

    // Hebei's towns lie between 36N and 42N, 113E and 120E; GeoNames also files five Tibetan villages under it.
    private static List<GeoNamesRow> HebeiWithStrays()
    {
        var places = new List<GeoNamesRow>();
        for (int i = 0; i < 60; i++)
        {
            places.Add(Village(i, 36 + (i % 7), 113 + (i % 8)));
        }
        places.Add(Village(100, 31.98, 90.84));
        places.Add(Village(101, 30.91, 95.19));
        places.Add(Village(102, 31.75, 94.28));
        places.Add(Village(103, 31.51, 94.06));
        places.Add(Village(104, 33.31, 87.75));
        return places;
    }

    [Fact]
    public void A_small_group_of_misfiled_places_far_away_does_not_move_a_province()
    {
        (double latitude, double longitude, _) = RepresentativePoint.CentreOf(HebeiWithStrays(), "PPLA");

        Assert.Equal(39, latitude, 3);
        Assert.Equal(116.5, longitude, 3);
    }

    [Fact]
    public void Remote_parts_that_are_a_real_share_of_the_division_still_count()
    {
        // A division in two halves 1,000 km apart, 30 places each: both are the division.
        List<GeoNamesRow> places = [.. Enumerable.Range(0, 30).Select(i => Village(i, 10 + i * 0.01, 20)),
            .. Enumerable.Range(30, 30).Select(i => Village(i, 19, 20 + i * 0.01))];

        (double latitude, _, _) = RepresentativePoint.CentreOf(places, "PPLA");

        Assert.Equal(14.5, latitude, 3);
    }
}
