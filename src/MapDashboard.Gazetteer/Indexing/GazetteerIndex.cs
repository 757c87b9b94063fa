using System.Diagnostics;
using MapDashboard.Gazetteer.Names;
using NetTopologySuite.Geometries;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// The in-memory gazetteer: places, their names folded and transliterated, demonyms and country shapes.
/// Built by <see cref="GazetteerLoader"/> from the bundled files, or by <see cref="Create"/> from any places
/// (a test's fixture of five entries is as good as the 250,000 bundled ones). Thread-safe for reading.
/// </summary>
public sealed class GazetteerIndex : IGazetteer
{
    private readonly Place[] _places;
    private readonly Dictionary<long, int> _byId;
    private readonly IReadOnlyDictionary<long, long> _aliases;
    private readonly Dictionary<string, int> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _admin1 = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyDictionary<string, Geometry> _shapes;
    private readonly NameIndexes _names;
    private readonly CandidateFactory _candidates;
    private readonly NameFinder _finder;
    private readonly TransliterationRanking _transliterationRanking;
    private readonly Lazy<CountryLocator> _locator;

    private GazetteerIndex(List<Place> places, IReadOnlyDictionary<string, Geometry> shapes, GazetteerIndexOptions options, Stopwatch clock)
    {
        _places = [.. places];
        _byId = new Dictionary<long, int>(_places.Length);
        for (int i = 0; i < _places.Length; i++)
        {
            _byId[_places[i].Id] = i;
            if (_places[i].Level == PlaceLevel.Country)
            {
                _countries[_places[i].CountryCode] = i;
            }
            else if (_places[i].Level == PlaceLevel.Admin1 && _places[i].Admin1Code is { } code)
            {
                _admin1.TryAdd(_places[i].CountryCode + "." + code, i);
            }
        }
        _aliases = options.Aliases;
        _shapes = shapes;
        double[] prominence = [.. _places.Select(Prominence.Of)];
        _names = NameIndexes.Build(
            _places, prominence, options.IncludeDemonyms ? DemonymPlaces() : [], options.PrecomputedKeys, options.UsePrecomputedKeys);
        _candidates = new CandidateFactory(_places, prominence, Country);
        _finder = new NameFinder(_names);
        _transliterationRanking = new TransliterationRanking(_places, _names);
        _locator = new Lazy<CountryLocator>(() => new CountryLocator(_shapes));
        Info = new GazetteerInfo(options.Version, CountByLevel(), _names.Folded.KeyCount, options.ReadTime + clock.Elapsed);
    }

    /// <summary>
    /// Indexes <paramref name="places"/> (a later entry with the same id replaces an earlier one) with optional
    /// country shapes (ISO 3166-1 alpha-2 code → geometry, SRID 4326, X = longitude, Y = latitude).
    /// Admin1 names missing on places are filled from the admin1 entries. This is how tests build fixtures.
    /// </summary>
    public static GazetteerIndex Create(
        IEnumerable<Place> places,
        IReadOnlyDictionary<string, Geometry>? countryShapes = null,
        GazetteerIndexOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var byId = new Dictionary<long, int>();
        var list = new List<Place>();
        foreach (Place place in places)
        {
            if (byId.TryGetValue(place.Id, out int existing))
            {
                list[existing] = place;
                continue;
            }
            byId.Add(place.Id, list.Count);
            list.Add(place);
        }
        return new GazetteerIndex(
            Admin1Names.Fill(list, overwrite: false),
            countryShapes ?? new Dictionary<string, Geometry>(),
            options ?? new GazetteerIndexOptions(),
            clock);
    }

    /// <inheritdoc />
    public GazetteerInfo Info { get; }

    /// <summary>Every entry, in index order.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <inheritdoc />
    public Place? Get(long id)
    {
        if (_byId.TryGetValue(id, out int index))
        {
            return _places[index];
        }
        return _aliases.TryGetValue(id, out long target) && _byId.TryGetValue(target, out index) ? _places[index] : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<Candidate> Lookup(string name) => Lookup(name, NameMatching.Loose);

    /// <inheritdoc />
    public IReadOnlyList<Candidate> Lookup(string name, NameMatching matching)
    {
        IReadOnlyList<Candidate> found = new CandidateLookup(_places, _names, _candidates, _transliterationRanking).Find(name, matching);
        if (found.Count > 0 || DivisionSuffixes.Strip(name) is not { } division)
        {
            return found;
        }
        // "Raqqa province", "Homs Governorate": no entry has that name, but the division named "Raqqa" is meant.
        return [.. Lookup(division, matching).Where(c => c.Place.Level is PlaceLevel.Admin1 or PlaceLevel.Admin2)];
    }

    /// <inheritdoc />
    public IReadOnlyList<NameSpan> FindNames(string text) => _finder.Find(text);

    /// <inheritdoc />
    public Place? Country(string countryCode) =>
        _countries.TryGetValue(countryCode, out int index) ? _places[index] : null;

    /// <inheritdoc />
    public Place? Admin1(string countryCode, string admin1Code) =>
        _admin1.TryGetValue(countryCode + "." + admin1Code, out int index) ? _places[index] : null;

    /// <inheritdoc />
    public Geometry? CountryShape(string countryCode) => _shapes.GetValueOrDefault(countryCode);

    /// <summary>
    /// The country whose shape contains the point (<paramref name="longitude"/>, <paramref name="latitude"/>),
    /// WGS 84 degrees, longitude first; null at sea or where no shape is loaded.
    /// </summary>
    public Place? CountryContaining(double longitude, double latitude) =>
        _locator.Value.Locate(longitude, latitude) is { } code ? Country(code) : null;

    private Dictionary<PlaceLevel, int> CountByLevel()
    {
        var counts = Enum.GetValues<PlaceLevel>().ToDictionary(l => l, _ => 0);
        foreach (Place place in _places)
        {
            counts[place.Level]++;
        }
        return counts;
    }

    private IEnumerable<(string Word, int PlaceIndex)> DemonymPlaces()
    {
        foreach ((string word, string code) in Demonyms.All)
        {
            if (_countries.TryGetValue(code, out int index))
            {
                yield return (word, index);
            }
        }
        foreach ((string word, string key) in Demonyms.Divisional)
        {
            if (_admin1.TryGetValue(key, out int index))
            {
                yield return (word, index);
            }
        }
        foreach ((string word, long id) in Demonyms.Regional)
        {
            if (_byId.TryGetValue(id, out int index))
            {
                yield return (word, index);
            }
        }
    }
}
