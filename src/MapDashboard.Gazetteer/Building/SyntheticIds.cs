using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// Ids for bundled entries that have no GeoNames id in the npm sources (countries, divisions, authored
/// features). They are derived from stable codes, not from file order, so an event stored against
/// "Raqqa governorate" keeps pointing at it after a rebuild with newer data. Ranges (all below the
/// user's 900,000,000,000):
/// countries 800,000,000,000 + 26·letter1 + letter2; admin1 801,000,000,000 + hash("CC.A1") mod 10⁹;
/// admin2 802,000,000,000 + hash("CC.A1.A2") mod 9·10¹⁰ (collisions probed upward in code order);
/// authored features 895,000,000,000 + n (in <c>Data/features.tsv</c>).
/// </summary>
public static class SyntheticIds
{
    private const long CountryBase = 800_000_000_000;
    private const long Admin1Base = 801_000_000_000;
    private const long Admin1Range = 1_000_000_000;
    private const long Admin2Base = 802_000_000_000;
    private const long Admin2Range = 90_000_000_000;

    /// <summary>The id of the country with ISO 3166-1 alpha-2 <paramref name="code"/>.</summary>
    public static long Country(string code) => CountryBase + (code[0] - 'A') * 26 + (code[1] - 'A');

    /// <summary>The id of admin1 division <paramref name="code"/> ("SY.04").</summary>
    public static long Admin1(string code) => Admin1Base + (long)(Fnv1a(code) % Admin1Range);

    /// <summary>The first id to try for admin2 division <paramref name="code"/> ("SY.04.0401").</summary>
    public static long Admin2(string code) => Admin2Base + (long)(Fnv1a(code) % Admin2Range);

    /// <summary>True for ids this class hands out (countries, divisions, authored features).</summary>
    public static bool IsSynthetic(long id) => id >= CountryBase && id < Prominence.FirstUserId;

    /// <summary>64-bit FNV-1a of the UTF-16 code units: stable across runs and machines, unlike string.GetHashCode.</summary>
    public static ulong Fnv1a(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
