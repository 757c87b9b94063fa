using System.Globalization;

namespace MapDashboard.Components.Dashboard;

/// <summary>A country's English name from its ISO 3166-1 alpha-2 code ("SY" → "Syria"), the code when unknown.</summary>
public static class CountryNames
{
    public static string Of(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
