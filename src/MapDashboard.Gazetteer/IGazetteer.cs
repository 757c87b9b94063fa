using NetTopologySuite.Geometries;

namespace MapDashboard.Gazetteer;

/// <summary>
/// Read access to a loaded gazetteer. The seam between the geoparser and where places come from
/// (the bundled files, a test fixture, a user's imports).
/// </summary>
public interface IGazetteer
{
    /// <summary>The entry with this id, or null.</summary>
    Place? Get(long id);

    /// <summary>
    /// Ranked candidates for a name as written in text; best first; empty when none. Matches loosely
    /// (<see cref="NameMatching.Loose"/>): exact, then folded, then transliterated names, then demonyms.
    /// </summary>
    IReadOnlyList<Candidate> Lookup(string name);

    /// <summary>
    /// Ranked candidates for a name, matching as strictly as <paramref name="matching"/> says. A recogniser
    /// that only trusts loose matches for capitalised multiword names asks <see cref="NameMatching.Strict"/> otherwise.
    /// </summary>
    IReadOnlyList<Candidate> Lookup(string name, NameMatching matching) =>
        matching == NameMatching.Loose ? Lookup(name) : [.. Lookup(name).Where(c => c.Match != NameMatchKind.Transliterated)];

    /// <summary>
    /// Every span of <paramref name="text"/> that is a gazetteer name or demonym, longest match first
    /// at each position and not overlapping. Case is kept as evidence for the recogniser, not used to filter.
    /// </summary>
    IReadOnlyList<NameSpan> FindNames(string text);

    /// <summary>The country entry for an ISO 3166-1 alpha-2 code, or null.</summary>
    Place? Country(string countryCode);

    /// <summary>The admin1 entry for a country and GeoNames admin1 code, or null.</summary>
    Place? Admin1(string countryCode, string admin1Code);

    /// <summary>The country's shape (Natural Earth, SRID 4326, X = longitude, Y = latitude), or null.</summary>
    Geometry? CountryShape(string countryCode);

    /// <summary>Counts and provenance for the status page and <c>gazetteer stats</c>.</summary>
    GazetteerInfo Info { get; }
}

/// <summary>What a gazetteer holds and where it came from.</summary>
public sealed record GazetteerInfo(string Version, IReadOnlyDictionary<PlaceLevel, int> CountsByLevel, int NameCount, TimeSpan LoadTime);
