namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// How prominent a place is without any context, in 0..1: what a reader assumes "Paris" means before
/// the article says more. Mixes the level, the population on a log scale and the feature code.
/// </summary>
/// <remarks>
/// Motivating example: "Paris" is Paris, France (capital, 2.1 million: 0.71) before Paris, Texas
/// (city of 25,000: 0.51); "Georgia" is the country (0.77) before the US state (0.60), because a country
/// outweighs a first-level division of similar population; "Raqqa" is the city (0.60, seat of its governorate)
/// before the governorate named after it (0.54): news means the city unless it says "province". A user's own place (id 900,000,000,000 and up)
/// sits above every bundled one (0.9 and up): the user added it because the bundled answer was wrong.
/// </remarks>
public static class Prominence
{
    /// <summary>Ids from here up are the user's custom places.</summary>
    public const long FirstUserId = 900_000_000_000;

    private const double LevelShare = 0.45;
    private const double PopulationShare = 0.40;
    private const double FeatureCodeShare = 0.15;

    // log10 of the population that scores 1: 100 million (only countries get there).
    private const double FullPopulationLog = 8.0;

    private const double UserFloor = 0.9;

    /// <summary>The place's context-free prominence in 0..1.</summary>
    public static double Of(Place place)
    {
        double population = Math.Min(1.0, Math.Log10(place.Population + 1.0) / FullPopulationLog);
        double bundled = LevelShare * LevelWeight(place.Level)
                         + PopulationShare * population
                         + FeatureCodeShare * FeatureCodeWeight(place.FeatureCode);
        return place.Id >= FirstUserId ? UserFloor + (1 - UserFloor) * bundled : bundled;
    }

    // Seas and gulfs rank like big cities: "the Red Sea" is rarely a village called Red Sea.
    private static double LevelWeight(PlaceLevel level) => level switch
    {
        PlaceLevel.Country => 1.0,
        PlaceLevel.Admin1 => 0.6,
        PlaceLevel.Feature => 0.6,
        PlaceLevel.City => 0.55,
        PlaceLevel.Admin2 => 0.45,
        _ => 0.2,
    };

    private static double FeatureCodeWeight(string featureCode) => featureCode switch
    {
        "PPLC" => 1.0,
        "PPLA" or "PPLG" => 0.6,
        "PPLA2" => 0.3,
        "PPLA3" => 0.1,
        _ => 0.0,
    };
}
