using MapDashboard.Gazetteer.Importing;
using static MapDashboard.Gazetteer.Tests.Support.FixturePlaces;

namespace MapDashboard.Gazetteer.Tests.Importing;

public class CustomPlacesImporterTests
{
    [Fact]
    public void Imports_custom_places_that_rank_above_bundled_ones()
    {
        using var fixture = new ImportFixture();
        string path = fixture.Write("my places.csv",
            "name,alternate names,lat,lon,country,level",
            "Paris,\"Paris Camp|Camp Paris\",36.2,37.1,SY,locality",
            "Al-Hol camp,Al Hol;Hol camp,36.3741,41.1496,SY,feature");

        ImportResult result = GazetteerImporter.Import(path, fixture.UserDir);

        Assert.True(result.Succeeded, result.Summary);
        Assert.Equal(["custom-my_places.places.bin.gz"], fixture.UserFiles());
        IGazetteer gazetteer = fixture.Load();
        Candidate paris = gazetteer.Lookup("Paris")[0];
        Assert.Equal("SY", paris.Place.CountryCode);
        Assert.True(paris.Place.Id >= 900_000_000_000);
        Assert.Contains("user's own place", paris.Reason);
        Assert.Equal(ParisFrance, gazetteer.Lookup("Paris")[1].Place.Id);
        Place camp = gazetteer.Lookup("Hol camp")[0].Place;
        Assert.Equal(PlaceLevel.Feature, camp.Level);
        Assert.Equal(41.1496, camp.Longitude, 4);
    }

    [Fact]
    public void Ids_are_stable_across_imports() =>
        Assert.Equal(CustomPlacesImporter.IdOf("Al-Hol camp", 36.3741, 41.1496), CustomPlacesImporter.IdOf("al hol camp", 36.37410, 41.14960));

    [Fact]
    public void Refuses_bad_rows_with_their_line_numbers_and_writes_nothing()
    {
        using var fixture = new ImportFixture();
        string path = fixture.Write("bad.csv",
            "name,alternate names,lat,lon,country,level",
            "Good place,,36.2,37.1,SY,city",
            ",,36.2,37.1,SY,city",
            "Far north,,96.2,37.1,SY,city",
            "Wrong level,,36.2,37.1,SY,hamlet",
            "Too few,36.2,37.1",
            "\"Open quote,,36.2,37.1,SY,city",
            "Good place,,36.2,37.1,SY,city",
            "Bad country,,36.2,37.1,Syria,city");

        ImportResult result = GazetteerImporter.Import(path, fixture.UserDir);

        Assert.False(result.Succeeded);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], result.Errors.Select(e => e.LineNumber));
        Assert.Contains("name is empty", result.Errors[0].Reason);
        Assert.Contains("lat", result.Errors[1].Reason);
        Assert.Contains("level", result.Errors[2].Reason);
        Assert.Contains("columns", result.Errors[3].Reason);
        Assert.Contains("quoted", result.Errors[4].Reason);
        Assert.Contains("line 2", result.Errors[5].Reason);
        Assert.Contains("country", result.Errors[6].Reason);
        Assert.Empty(fixture.UserFiles());
    }

    [Fact]
    public void Reimporting_a_file_replaces_its_earlier_import()
    {
        using var fixture = new ImportFixture();
        GazetteerImporter.Import(fixture.Write("camps.csv", "Camp One,,36,37,SY,feature"), fixture.UserDir);
        GazetteerImporter.Import(fixture.Write("camps.csv", "Camp Two,,36,37,SY,feature"), fixture.UserDir);

        IGazetteer gazetteer = fixture.Load();
        Assert.Empty(gazetteer.Lookup("Camp One"));
        Assert.Single(gazetteer.Lookup("Camp Two"));
        Assert.Single(fixture.UserFiles());
    }
}
