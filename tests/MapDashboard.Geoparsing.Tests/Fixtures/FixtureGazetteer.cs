using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MapDashboard.Gazetteer;
using NetTopologySuite.Geometries;

namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>
/// A small in-memory <see cref="IGazetteer"/> for unit tests: names and alternate names folded for case,
/// diacritics, apostrophes and hyphens; demonyms mapped to countries; candidates ranked by level and population.
/// </summary>
internal sealed partial class FixtureGazetteer : IGazetteer
{
    private readonly Dictionary<long, Place> _byId;
    private readonly Dictionary<string, List<Place>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _demonyms = new(StringComparer.Ordinal);

    public FixtureGazetteer(IEnumerable<Place> places, IReadOnlyDictionary<string, long>? demonyms = null)
    {
        _byId = places.ToDictionary(p => p.Id);
        foreach (var p in _byId.Values)
        {
            foreach (var name in p.AlternateNames.Prepend(p.Name).Select(Fold).Distinct())
            {
                (_byName.TryGetValue(name, out var l) ? l : _byName[name] = []).Add(p);
            }
        }
        foreach (var (demonym, id) in demonyms ?? new Dictionary<string, long>()) _demonyms[Fold(demonym)] = _byId[id];
    }

    public GazetteerInfo Info => new("fixture", _byId.Values.GroupBy(p => p.Level).ToDictionary(g => g.Key, g => g.Count()), _byName.Count, TimeSpan.Zero);

    public Place? Get(long id) => _byId.GetValueOrDefault(id);

    public Place? Country(string countryCode) => _byId.Values.FirstOrDefault(p => p.Level == PlaceLevel.Country && p.CountryCode == countryCode);

    public Place? Admin1(string countryCode, string admin1Code) =>
        _byId.Values.FirstOrDefault(p => p.Level == PlaceLevel.Admin1 && p.CountryCode == countryCode && p.Admin1Code == admin1Code);

    public Geometry? CountryShape(string countryCode) => null;

    public IReadOnlyList<Candidate> Lookup(string name)
    {
        var key = Fold(name);
        var found = new List<Candidate>();
        if (_byName.TryGetValue(key, out var places))
        {
            foreach (var p in places)
            {
                var exact = p.AlternateNames.Prepend(p.Name).Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                found.Add(new Candidate(p, exact ? NameMatchKind.Exact : NameMatchKind.Folded, Score(p), $"pop {p.Population:N0}"));
            }
        }
        if (_demonyms.TryGetValue(key, out var country)) found.Add(new Candidate(country, NameMatchKind.Demonym, Score(country) * 0.9, "demonym"));
        return found.OrderByDescending(c => c.Score).ToList();
    }

    public IReadOnlyList<NameSpan> FindNames(string text)
    {
        var words = Word().Matches(text).Cast<Match>().ToList();
        var spans = new List<NameSpan>();
        for (var i = 0; i < words.Count;)
        {
            var matched = 0;
            for (var n = Math.Min(5, words.Count - i); n >= 1 && matched == 0; n--)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var key = Fold(text[start..end]);
                if (_byName.ContainsKey(key) || _demonyms.ContainsKey(key))
                {
                    spans.Add(new NameSpan(start, end - start, text[start..end], !_byName.ContainsKey(key)));
                    matched = n;
                }
            }
            i += Math.Max(matched, 1);
        }
        return spans;
    }

    private static double Score(Place p) => p.Level switch
    {
        PlaceLevel.Country => 1.0,
        PlaceLevel.Admin1 => 0.8,
        _ => Math.Clamp(Math.Log10(Math.Max(p.Population, 1)) / 7.5, 0, 0.95),
    };

    /// <summary>Lower case, no diacritics, apostrophes and hyphens as spaces, one space between words.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c == '\u0131' ? 'i' : char.ToLowerInvariant(c);
            sb.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex Word();
}
