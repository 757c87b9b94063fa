using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>
/// A fixture gazetteer for the seed documents: the Syrian places they name, the countries around them, and
/// namesakes that must lose (Palmyra, New York; Paris, Texas; Gary, Indiana; Mission, Texas). Ids are
/// GeoNames ids checked against cities500.txt where the tests name them.
/// </summary>
internal static class SyriaFixture
{
    public const long ArRaqqahSyria = 172955;
    public const long PalmyraSyria = 163808;      // GeoNames "Tadmur"
    public const long PalmyraNewYork = 5130441;
    public const long PalmyraPennsylvania = 5204964;
    public const long ParisFrance = 2988507;
    public const long ParisTexas = 4717560;
    public const long MoscowRussia = 524901;
    public const long MoscowIdaho = 5601538;
    public const long HomsSyria = 169577;
    public const long HomsGovernorate = 169575;
    public const long DeirEzZorSyria = 170794;
    public const long MosulIraq = 99072;
    public const long AnkaraTurkey = 323786;
    public const long GaryIndiana = 4920601;
    public const long Syria = 163843;
    public const long Russia = 2017370;
    public const long Turkey = 298795;
    public const long LatakiaGovernorate = 173576;
    public const long BshaquhSyria = 9000001;
    public const long BshaquhLebanon = 9000002;

    private static Place P(long id, string name, PlaceLevel level, string cc, string? a1, long pop, double lat, double lon, string code = "PPL", params string[] alt) =>
        new() { Id = id, Name = name, Level = level, CountryCode = cc, Admin1Code = a1, Population = pop, Latitude = lat, Longitude = lon, FeatureCode = code, FeatureClass = level is PlaceLevel.Country or PlaceLevel.Admin1 ? "A" : "P", AlternateNames = alt };

    public static FixtureGazetteer Create() => new(
    [
        P(Syria, "Syria", PlaceLevel.Country, "SY", null, 22_198_110, 35, 38, "PCLI"),
        P(Russia, "Russia", PlaceLevel.Country, "RU", null, 140_702_000, 60, 100, "PCLI"),
        P(Turkey, "Turkey", PlaceLevel.Country, "TR", null, 77_804_122, 39, 35, "PCLI", "Türkiye"),
        P(99237, "Iraq", PlaceLevel.Country, "IQ", null, 29_671_605, 33, 44, "PCLI"),
        P(294640, "Israel", PlaceLevel.Country, "IL", null, 7_353_985, 31.5, 34.75, "PCLI"),
        P(272103, "Lebanon", PlaceLevel.Country, "LB", null, 4_125_247, 33.83, 35.83, "PCLI"),
        P(130758, "Iran", PlaceLevel.Country, "IR", null, 76_923_300, 32, 53, "PCLI"),
        P(3017382, "France", PlaceLevel.Country, "FR", null, 64_768_389, 46, 2, "PCLI"),
        P(6252001, "United States", PlaceLevel.Country, "US", null, 310_232_863, 39.76, -98.5, "PCLI", "US", "USA"),
        P(ArRaqqahSyria, "Ar Raqqah", PlaceLevel.City, "SY", "04", 177_636, 35.95283, 39.00788, "PPLA", "Raqqa", "Al-Raqqah"),
        P(PalmyraSyria, "Tadmur", PlaceLevel.City, "SY", "11", 51_015, 34.5624, 38.28402, "PPLA2", "Palmyra"),
        P(PalmyraNewYork, "Palmyra", PlaceLevel.Locality, "US", "NY", 3_413, 43.06395, -77.23332),
        P(PalmyraPennsylvania, "Palmyra", PlaceLevel.Locality, "US", "PA", 7_451, 40.30898, -76.5933),
        P(ParisFrance, "Paris", PlaceLevel.City, "FR", "11", 2_138_551, 48.85341, 2.3488, "PPLC"),
        P(ParisTexas, "Paris", PlaceLevel.City, "US", "TX", 24_782, 33.66094, -95.55551, "PPLA2"),
        P(MoscowRussia, "Moscow", PlaceLevel.City, "RU", "48", 10_381_222, 55.75222, 37.61556, "PPLC"),
        P(MoscowIdaho, "Moscow", PlaceLevel.City, "US", "ID", 25_060, 46.73239, -117.00017, "PPLA2"),
        P(HomsSyria, "Homs", PlaceLevel.City, "SY", "11", 775_404, 34.72682, 36.72339, "PPLA"),
        P(HomsGovernorate, "Homs Governorate", PlaceLevel.Admin1, "SY", "11", 1_803_000, 34.5, 37.8, "ADM1", "Homs"),
        P(DeirEzZorSyria, "Deir ez-Zor", PlaceLevel.City, "SY", "07", 242_565, 35.33588, 40.14084, "PPLA", "Deir Ezzor", "Deir Ezzur"),
        P(MosulIraq, "Mosul", PlaceLevel.City, "IQ", "15", 1_683_000, 36.335, 43.11889, "PPLA"),
        P(AnkaraTurkey, "Ankara", PlaceLevel.City, "TR", "68", 3_517_182, 39.91987, 32.85427, "PPLC"),
        P(170063, "Aleppo", PlaceLevel.City, "SY", "09", 1_602_264, 36.20124, 37.16117, "PPLA"),
        P(170654, "Damascus", PlaceLevel.City, "SY", "13", 1_569_394, 33.5102, 36.29128, "PPLC"),
        P(170017, "Hama", PlaceLevel.City, "SY", "10", 696_863, 35.13179, 36.75783, "PPLA"),
        P(173334, "Quneitra", PlaceLevel.Admin1, "SY", "12", 90_000, 33.1, 35.9, "ADM1"),
        P(170903, "Daraa", PlaceLevel.City, "SY", "08", 97_969, 32.61889, 36.10213, "PPLA"),
        P(LatakiaGovernorate, "Latakia Governorate", PlaceLevel.Admin1, "SY", "02", 1_008_000, 35.6, 36.0, "ADM1", "Lattakia", "Latakia"),
        P(173576 + 3, "Latakia", PlaceLevel.City, "SY", "02", 340_181, 35.53168, 35.79011, "PPLA", "Lattakia"),
        P(BshaquhSyria, "Bshaquh", PlaceLevel.Locality, "SY", "02", 900, 35.5, 36.0),
        P(BshaquhLebanon, "Bshaquh", PlaceLevel.Locality, "LB", "05", 2_500, 33.9, 35.6),
        P(1526273, "Astana", PlaceLevel.City, "KZ", "05", 345_604, 51.1801, 71.44598, "PPLC"),
        P(703883, "Crimea", PlaceLevel.Admin1, "UA", "11", 1_967_000, 45.0, 34.0, "ADM1"),
        P(GaryIndiana, "Gary", PlaceLevel.City, "US", "IN", 80_294, 41.59337, -87.34643, "PPL"),
        P(4711801, "Mission", PlaceLevel.City, "US", "TX", 83_563, 26.21591, -98.32529, "PPL"),
        P(9000003, "Even", PlaceLevel.Locality, "IL", "06", 300, 32.0, 34.9),
        P(9000004, "Sputnik", PlaceLevel.Locality, "RU", "53", 400, 52.0, 50.0),
        P(9000005, "Koren", PlaceLevel.Locality, "IL", "06", 200, 33.0, 35.1),
        P(9000006, "Independent", PlaceLevel.Locality, "US", "MO", 100, 39.0, -94.0),
        P(9000007, "Igor", PlaceLevel.Locality, "RU", "40", 100, 55.0, 40.0),
        P(9000008, "Katran", PlaceLevel.Locality, "BG", "02", 100, 42.0, 25.0),
        P(9000009, "Kuznetsov", PlaceLevel.Locality, "RU", "40", 100, 55.0, 42.0),
        P(9000010, "Standard", PlaceLevel.Locality, "CA", "01", 380, 51.1, -113.0),
        P(9000011, "Arrow", PlaceLevel.Locality, "US", "OK", 100, 36.0, -96.0),
        P(2873291, "Marburg", PlaceLevel.City, "DE", "05", 72_000, 50.8, 8.77, "PPLA3"),
        P(9000012, "August", PlaceLevel.Locality, "US", "CA", 8_000, 37.98, -121.26),
        P(2155400, "New South Wales", PlaceLevel.Admin1, "AU", "02", 7_500_000, -33.0, 146.0, "ADM1"),
        P(5332921, "California", PlaceLevel.Admin1, "US", "CA", 37_000_000, 38.58, -121.49, "ADM1"),
        P(9000013, "Jübar", PlaceLevel.Locality, "DE", "14", 690, 52.7, 10.9),
    ],
    new Dictionary<string, long>
    {
        ["Syrian"] = Syria,
        ["Russian"] = Russia,
        ["Russians"] = Russia,
        ["Turkish"] = Turkey,
        ["Iraqi"] = 99237,
        ["Israeli"] = 294640,
        ["French"] = 3017382,
    });
}
