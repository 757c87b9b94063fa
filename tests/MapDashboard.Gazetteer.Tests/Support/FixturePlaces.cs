namespace MapDashboard.Gazetteer.Tests.Support;

/// <summary>A small gazetteer of real GeoNames entries, enough to test ranking and matching without the bundled data.</summary>
internal static class FixturePlaces
{
    public const long ParisFrance = 2988507;
    public const long ParisTexas = 4717560;
    public const long DeirEzZorCity = 170794;
    public const long AthThawrahTabqa = 172374;
    public const long ArRaqqahSyria = 172955;
    public const long SyriaCountry = 800_000_000_492;
    public const long FranceCountry = 800_000_000_135;
    public const long IsikVillage = 300001;
    public const long IsikBurg = 300002;

    public static List<Place> All() =>
    [
        new Place { Id = SyriaCountry, Name = "Syria", AlternateNames = ["Syrian Arab Republic"], FeatureClass = "A", FeatureCode = "PCLI", Level = PlaceLevel.Country, CountryCode = "SY", Population = 8_405_531, Latitude = 33.5102, Longitude = 36.29128 },
        new Place { Id = FranceCountry, Name = "France", FeatureClass = "A", FeatureCode = "PCLI", Level = PlaceLevel.Country, CountryCode = "FR", Population = 40_000_000, Latitude = 48.85341, Longitude = 2.3488 },
        new Place { Id = ParisFrance, Name = "Paris", AlternateNames = ["Parigi", "París"], FeatureClass = "P", FeatureCode = "PPLC", Level = PlaceLevel.City, CountryCode = "FR", Admin1Code = "11", Population = 2_138_551, Latitude = 48.85341, Longitude = 2.3488 },
        new Place { Id = ParisTexas, Name = "Paris", FeatureClass = "P", FeatureCode = "PPLA2", Level = PlaceLevel.City, CountryCode = "US", Admin1Code = "TX", Population = 24_782, Latitude = 33.66094, Longitude = -95.55551 },
        new Place { Id = DeirEzZorCity, Name = "Deir ez-Zor", AlternateNames = ["Dayr az Zawr", "Deir Azzor"], FeatureClass = "P", FeatureCode = "PPLA", Level = PlaceLevel.City, CountryCode = "SY", Admin1Code = "07", Population = 242_565, Latitude = 35.33588, Longitude = 40.14084 },
        new Place { Id = AthThawrahTabqa, Name = "Ath Thawrah", AlternateNames = ["Tabqa", "At Tabaqah", "Al Tabaqah"], FeatureClass = "P", FeatureCode = "PPLA2", Level = PlaceLevel.City, CountryCode = "SY", Admin1Code = "04", Population = 87_880, Latitude = 35.83695, Longitude = 38.54811 },
        new Place { Id = ArRaqqahSyria, Name = "Ar Raqqah", AlternateNames = ["Raqqa", "Ar-Raqqah"], FeatureClass = "P", FeatureCode = "PPLA", Level = PlaceLevel.City, CountryCode = "SY", Admin1Code = "04", Population = 177_636, Latitude = 35.95283, Longitude = 39.00788 },
        // Two places whose names differ only in diacritics: "Isik" is exact for one and folded for the other.
        new Place { Id = IsikVillage, Name = "Isik", FeatureClass = "P", FeatureCode = "PPL", Level = PlaceLevel.Locality, CountryCode = "TR", Population = 100, Latitude = 40.0, Longitude = 30.0 },
        new Place { Id = IsikBurg, Name = "Işık", FeatureClass = "P", FeatureCode = "PPL", Level = PlaceLevel.City, CountryCode = "TR", Population = 900_000, Latitude = 41.0, Longitude = 31.0 },
    ];
}
