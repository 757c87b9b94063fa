using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Resolution.Weighers;

namespace MapDashboard.Geoparsing.Tests.Resolution.Weighers;

/// <summary>Small hand-made places and slots for testing one weigher at a time.</summary>
internal static class WeigherFixture
{
    public static readonly Place UnitedStates = new() { Id = 1, Name = "United States", Level = PlaceLevel.Country, FeatureCode = "PCLI", CountryCode = "US", Population = 330_000_000, Latitude = 39.8, Longitude = -98.5 };
    public static readonly Place GeorgiaCountry = new() { Id = 2, Name = "Georgia", Level = PlaceLevel.Country, FeatureCode = "PCLI", CountryCode = "GE", Population = 3_700_000, Latitude = 42, Longitude = 43.5 };
    public static readonly Place GeorgiaState = Division(3, "Georgia", "US", "GA", 10_000_000, 32.7, -83.4);
    public static readonly Place Kentucky = Division(4, "Kentucky", "US", "KY", 4_500_000, 37.5, -85.3);
    public static readonly Place Ohio = Division(5, "Ohio", "US", "OH", 11_700_000, 40.3, -82.8);
    public static readonly Place AtlantaGeorgia = Town(10, "Atlanta", "US", "GA", 500_000, 33.75, -84.39, "PPLA");
    public static readonly Place ParisFrance = Town(11, "Paris", "FR", "11", 2_100_000, 48.85, 2.35, "PPLC");
    public static readonly Place ParisKentucky = Town(12, "Paris", "US", "KY", 10_000, 38.21, -84.25);
    public static readonly Place DublinIreland = Town(13, "Dublin", "IE", "L", 1_000_000, 53.35, -6.26, "PPLC");
    public static readonly Place DublinOhio = Town(14, "Dublin", "US", "OH", 48_000, 40.10, -83.11);
    public static readonly Place ColumbusOhio = Town(15, "Columbus", "US", "OH", 900_000, 39.96, -83.0, "PPLA");
    public static readonly Place ColumbusGeorgia = Town(16, "Columbus", "US", "GA", 200_000, 32.46, -84.99);
    public static readonly Place GroveCityOhio = Town(17, "Grove City", "US", "OH", 41_000, 39.88, -83.09);

    public static Place Town(long id, string name, string country, string admin1, long population, double lat, double lon, string featureCode = "PPL") => new()
    {
        Id = id, Name = name, Level = population >= 15_000 || featureCode != "PPL" ? PlaceLevel.City : PlaceLevel.Locality, FeatureClass = "P", FeatureCode = featureCode,
        CountryCode = country, Admin1Code = admin1, Admin1Name = admin1, Population = population, Latitude = lat, Longitude = lon,
    };

    public static Place Division(long id, string name, string country, string admin1, long population, double lat, double lon) => new()
    {
        Id = id, Name = name, Level = PlaceLevel.Admin1, FeatureClass = "A", FeatureCode = "ADM1", CountryCode = country, Admin1Code = admin1,
        Admin1Name = name, Population = population, Latitude = lat, Longitude = lon,
    };

    public static Place County(long id, string name, string admin1, double lat, double lon) => new()
    {
        Id = id, Name = name, Level = PlaceLevel.Admin2, FeatureClass = "A", FeatureCode = "ADM2", CountryCode = "US", Admin1Code = admin1,
        Admin1Name = admin1, Population = 50_000, Latitude = lat, Longitude = lon,
    };

    /// <summary>A mention of <paramref name="text"/> with the given places as exact-name candidates.</summary>
    public static Slot SlotOf(string text, params Place[] places) => SlotOf(text, LevelHint.None, places);

    public static Slot SlotOf(string text, LevelHint hint, params Place[] places)
    {
        var mention = new RecognizedMention(new PlaceMention(0, text.Length, text, MentionRole.Event), true, hint);
        return new Slot(mention, places.Select(p =>
        {
            var c = new Candidate(p, NameMatchKind.Exact, 0.5, "");
            return new Scored(c, CandidatePrior.Of(c));
        }).ToList());
    }

    /// <summary>The context <paramref name="slot"/> is weighed in, among all <paramref name="slots"/> of the article.</summary>
    public static WeighingContext ContextOf(Slot slot, IReadOnlyList<Slot> slots, GeoparserOptions? options = null, IReadOnlyList<Slot>? anchors = null) =>
        new(options ?? new GeoparserOptions(), ArticleContext.Of(slots), anchors ?? [], ArticleContext.NameOf(slot));

    /// <summary>The weigher's term for the slot's candidate <paramref name="place"/>.</summary>
    public static double Weigh(ICandidateWeigher weigher, Slot slot, Place place, WeighingContext context) =>
        weigher.Weigh(slot.Candidates.Single(c => c.Candidate.Place.Id == place.Id), slot, context, why: null);
}
