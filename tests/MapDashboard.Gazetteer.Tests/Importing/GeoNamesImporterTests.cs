using MapDashboard.Gazetteer.Importing;
using static MapDashboard.Gazetteer.Tests.Importing.ImportFixture;
using static MapDashboard.Gazetteer.Tests.Support.FixturePlaces;

namespace MapDashboard.Gazetteer.Tests.Importing;

public class GeoNamesImporterTests
{
    private const long TellAbyadSyria = 163270;
    private const long RaqqaGovernorate = 172953;

    private static readonly string[] SyriaRows =
    [
        GeoNamesRow(TellAbyadSyria, "Tall Abyad", "Tell Abyad,Tal Abyad,تل أبيض", 36.69, 38.95, "P", "PPLA2", "SY", "04", 14_825),
        GeoNamesRow(ArRaqqahSyria, "Ar Raqqah", "Raqqa,Raqqah,Al Raqqa,RQA", 35.95, 39.01, "P", "PPLA", "SY", "04", 177_636),
        GeoNamesRow(RaqqaGovernorate, "Ar Raqqah", "Raqqa Governorate,Muhafazat ar Raqqah", 35.9, 38.9, "A", "ADM1", "SY", "04", 944_000),
    ];

    [Fact]
    public void Imports_a_country_dump_and_the_user_entries_win()
    {
        using var fixture = new ImportFixture();
        ImportResult result = GazetteerImporter.Import(fixture.Write("SY.txt", SyriaRows), fixture.UserDir);

        Assert.True(result.Succeeded, result.Summary);
        Assert.Equal(3, result.EntriesWritten);
        IGazetteer gazetteer = fixture.Load();
        Assert.Equal(TellAbyadSyria, gazetteer.Lookup("Tell Abyad")[0].Place.Id);
        // The imported ADM1 row names the governorate now.
        Assert.Equal("Ar Raqqah", gazetteer.Get(TellAbyadSyria)?.Admin1Name);
        Assert.Contains("Al Raqqa", gazetteer.Get(ArRaqqahSyria)!.AlternateNames);
        Assert.DoesNotContain("RQA", gazetteer.Get(ArRaqqahSyria)!.AlternateNames);
        Assert.DoesNotContain("تل أبيض", gazetteer.Get(TellAbyadSyria)!.AlternateNames);
    }

    [Fact]
    public void Reads_a_zipped_dump_like_a_plain_one()
    {
        using var fixture = new ImportFixture();
        ImportResult result = GazetteerImporter.Import(fixture.Zip("SY.zip", "SY.txt", SyriaRows), fixture.UserDir);
        Assert.True(result.Succeeded, result.Summary);
        Assert.NotNull(fixture.Load().Get(TellAbyadSyria));
    }

    [Fact]
    public void Refuses_a_file_with_bad_rows_listing_each_with_its_line_and_writes_nothing()
    {
        using var fixture = new ImportFixture();
        string path = fixture.Write("SY.txt",
            SyriaRows[0],
            "not\ta\tgeonames\trow",
            SyriaRows[1].Replace("35.95", "135.95"),
            "",
            SyriaRows[2].Replace(RaqqaGovernorate.ToString(System.Globalization.CultureInfo.InvariantCulture), "x12"));

        ImportResult result = GazetteerImporter.Import(path, fixture.UserDir);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.EntriesWritten);
        Assert.Equal([2, 3, 5], result.Errors.Select(e => e.LineNumber));
        Assert.Contains("19 tab-separated columns", result.Errors[0].Reason);
        Assert.Contains("latitude", result.Errors[1].Reason);
        Assert.Contains("geonameid", result.Errors[2].Reason);
        Assert.Empty(fixture.UserFiles());
        Assert.Null(fixture.Load().Get(TellAbyadSyria));
    }

    [Fact]
    public void A_refused_reimport_leaves_the_earlier_import_in_place()
    {
        using var fixture = new ImportFixture();
        GazetteerImporter.Import(fixture.Write("SY.txt", SyriaRows), fixture.UserDir);
        byte[] before = File.ReadAllBytes(Path.Combine(fixture.UserDir, fixture.UserFiles().Single()));

        ImportResult broken = GazetteerImporter.Import(fixture.Write("SY.txt", "broken"), fixture.UserDir);

        Assert.False(broken.Succeeded);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(fixture.UserDir, fixture.UserFiles().Single())));
    }

    [Fact]
    public void Importing_twice_is_the_same_as_importing_once()
    {
        using var fixture = new ImportFixture();
        string path = fixture.Write("SY.txt", SyriaRows);
        GazetteerImporter.Import(path, fixture.UserDir);
        string[] files = fixture.UserFiles();
        byte[] first = File.ReadAllBytes(Path.Combine(fixture.UserDir, files.Single()));
        int places = fixture.Load().Info.CountsByLevel.Values.Sum();

        GazetteerImporter.Import(path, fixture.UserDir);

        Assert.Equal(files, fixture.UserFiles());
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(fixture.UserDir, files.Single())));
        Assert.Equal(places, fixture.Load().Info.CountsByLevel.Values.Sum());
    }

    [Fact]
    public void An_imported_admin1_row_replaces_the_bundled_division_and_keeps_its_old_id()
    {
        using var fixture = new ImportFixture();
        const long bundledRaqqaId = 801_000_000_004;
        var bundled = new Place { Id = bundledRaqqaId, Name = "Raqqa", FeatureClass = "A", FeatureCode = "ADM1", Level = PlaceLevel.Admin1, CountryCode = "SY", Admin1Code = "04", Latitude = 35.9, Longitude = 39 };
        MapDashboard.Gazetteer.Storage.PlaceFile.Write(Path.Combine(fixture.BundledDir, "places.bin.gz"), [.. All(), bundled]);

        GazetteerImporter.Import(fixture.Write("SY.txt", SyriaRows), fixture.UserDir);
        IGazetteer gazetteer = fixture.Load();

        Assert.Equal(RaqqaGovernorate, gazetteer.Admin1("SY", "04")?.Id);
        Assert.Equal(RaqqaGovernorate, gazetteer.Get(bundledRaqqaId)?.Id);
        Assert.Contains("Raqqa", gazetteer.Get(RaqqaGovernorate)!.AlternateNames);
    }

    [Fact]
    public void An_imported_country_row_sets_the_countrys_point()
    {
        // The bundled data has no GeoNames country features (cities500 holds populated places only), so a country
        // sits at a point of our own making; a user's allCountries or country dump brings GeoNames' own (PCLI).
        using var fixture = new ImportFixture();
        const long geoNamesSyria = 163843;
        GazetteerImporter.Import(fixture.Write("SY.txt", [GeoNamesRow(geoNamesSyria, "Syria", "Syrian Arab Republic", 35, 38, "A", "PCLI", "SY", "00", 22_198_110)]), fixture.UserDir);
        IGazetteer gazetteer = fixture.Load();

        Place syria = gazetteer.Country("SY")!;
        Assert.Equal((geoNamesSyria, 35.0, 38.0), (syria.Id, syria.Latitude, syria.Longitude));
        Assert.Equal(geoNamesSyria, gazetteer.Get(SyriaCountry)?.Id);
    }

    [Fact]
    public void Imports_alternate_names_of_known_places_only()
    {
        using var fixture = new ImportFixture();
        string path = fixture.Write("alternateNamesV2.txt",
            "1\t170794\ten\tDeir Ezzor\t\t\t\t\t\t",
            "2\t170794\tlink\thttps://en.wikipedia.org/wiki/Deir_ez-Zor\t\t\t\t\t\t",
            "3\t170794\tar\tدير الزور\t\t\t\t\t\t",
            "4\t999999\ten\tNowhere Town\t\t\t\t\t\t",
            "5\t172374\ten\tMadinat al-Thawra\t\t\t1\t\t\t");

        IGazetteer before = fixture.Load();
        ImportResult result = GazetteerImporter.Import(path, fixture.UserDir, id => before.Get(id) is not null);

        Assert.True(result.Succeeded, result.Summary);
        Assert.Equal(2, result.EntriesWritten);
        IGazetteer after = fixture.Load();
        Candidate deir = after.Lookup("Deir Ezzor")[0];
        Assert.Equal(DeirEzZorCity, deir.Place.Id);
        Assert.Equal(NameMatchKind.Exact, deir.Match);
        Assert.Equal(AthThawrahTabqa, after.Lookup("Madinat al-Thawra")[0].Place.Id);
    }

    [Fact]
    public void Refuses_broken_alternate_name_rows()
    {
        using var fixture = new ImportFixture();
        string path = fixture.Write("alternateNamesV2.txt", "1\t170794\ten\tDeir Ezzor\t\t\t\t\t\t", "2\tabc\ten\tX\t\t\t\t\t\t", "3\t170794");
        ImportResult result = GazetteerImporter.Import(path, fixture.UserDir);
        Assert.False(result.Succeeded);
        Assert.Equal([2, 3], result.Errors.Select(e => e.LineNumber));
        Assert.Empty(fixture.UserFiles());
    }

    [Fact]
    public void Imports_survive_a_rebuild_of_the_bundled_data()
    {
        using var fixture = new ImportFixture();
        GazetteerImporter.Import(fixture.Write("SY.txt", SyriaRows), fixture.UserDir);
        // A rebuild rewrites the bundled directory only; the user's directory is untouched.
        MapDashboard.Gazetteer.Storage.PlaceFile.Write(Path.Combine(fixture.BundledDir, "places.bin.gz"), All().Where(p => p.Id != ParisTexas));
        IGazetteer gazetteer = fixture.Load();
        Assert.NotNull(gazetteer.Get(TellAbyadSyria));
        Assert.Null(gazetteer.Get(ParisTexas));
    }

    [Fact]
    public void Can_keep_only_some_feature_classes_and_populations()
    {
        using var fixture = new ImportFixture();
        var options = new GeoNamesImportOptions { FeatureClasses = new HashSet<string> { "P" }, MinPopulation = 15_000 };
        ImportResult result = GazetteerImporter.Import(fixture.Write("allCountries.txt", SyriaRows), fixture.UserDir, options: options);

        Assert.True(result.Succeeded, result.Summary);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(1, result.EntriesWritten);
        IGazetteer gazetteer = fixture.Load();
        Assert.Null(gazetteer.Get(TellAbyadSyria));
        Assert.Null(gazetteer.Get(RaqqaGovernorate));
    }
}
