namespace MapDashboard.Gazetteer;

/// <summary>The lower-case spellings of <see cref="PlaceLevel"/> used in files, JSON and the command line.</summary>
public static class PlaceLevelNames
{
    /// <summary>"country", "admin1", "admin2", "city", "locality" or "feature".</summary>
    public static string ToName(this PlaceLevel level) => level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Admin1 => "admin1",
        PlaceLevel.Admin2 => "admin2",
        PlaceLevel.City => "city",
        PlaceLevel.Locality => "locality",
        PlaceLevel.Feature => "feature",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Parses a level name (case-insensitive); false when it is none of the six.</summary>
    public static bool TryParse(string? text, out PlaceLevel level)
    {
        foreach (PlaceLevel candidate in Enum.GetValues<PlaceLevel>())
        {
            if (string.Equals(text?.Trim(), candidate.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }
}
