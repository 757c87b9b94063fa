using System.Globalization;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// Makes the <see cref="Candidate"/> for a (place, match kind, primary-or-alternate name) once and reuses it:
/// a candidate depends on nothing else, and lookups run a million times a second.
/// </summary>
internal sealed class CandidateFactory(IReadOnlyList<Place> places, double[] prominence, Func<string, Place?> country)
{
    // Score bands per match kind, so the score orders candidates the way the kinds do:
    // any exact match (0.75..1) beats any folded one (0.5..0.75), which beats a transliterated one.
    private const double BandWidth = 0.25;

    // Slots: kind × (alternate, primary name) for the other kinds, then one per distance bucket for transliterations.
    private const int TransliteratedSlots = 8;
    private const int Variants = TransliteratedSlots + TransliterationRanking.FarBucket + 1;
    private readonly Candidate?[]?[] _cache = new Candidate?[]?[places.Count];

    /// <summary>The candidate for <paramref name="placeIndex"/> matched as <paramref name="kind"/>.</summary>
    public Candidate Get(int placeIndex, NameMatchKind kind, bool primaryName)
    {
        Candidate?[] slots = _cache[placeIndex] ??= new Candidate?[Variants];
        int variant = (int)kind * 2 + (primaryName ? 1 : 0);
        return slots[variant] ??= Create(placeIndex, kind, primaryName);
    }

    /// <summary>
    /// The candidate for a place met through its transliteration key, <paramref name="distanceBucket"/> edits
    /// (0..3) from the query: closer spellings score higher whatever their prominence, as they are ranked.
    /// </summary>
    public Candidate GetTransliterated(int placeIndex, int distanceBucket)
    {
        Candidate?[] slots = _cache[placeIndex] ??= new Candidate?[Variants];
        return slots[TransliteratedSlots + distanceBucket] ??= Create(placeIndex, NameMatchKind.Transliterated, false, distanceBucket);
    }

    private Candidate Create(int placeIndex, NameMatchKind kind, bool primaryName, int distanceBucket = 0)
    {
        Place place = places[placeIndex];
        double band = 1.0 - BandWidth * ((int)kind + 1);
        int buckets = TransliterationRanking.FarBucket + 1;
        double withinBand = kind == NameMatchKind.Transliterated
            ? (buckets - 1 - distanceBucket + prominence[placeIndex]) / buckets
            : prominence[placeIndex];
        double score = Math.Round(band + BandWidth * withinBand, 4);
        string reason = Reason(place, kind, primaryName);
        return new Candidate(place, kind, score, kind == NameMatchKind.Transliterated ? $"{reason}; {Edits(distanceBucket)} from the name as written" : reason);
    }

    private static string Edits(int bucket) => bucket switch
    {
        0 => "0 edits",
        1 => "1 edit",
        TransliterationRanking.FarBucket => $"{bucket}+ edits",
        _ => $"{bucket} edits",
    };

    private string Reason(Place place, NameMatchKind kind, bool primaryName)
    {
        string how = kind switch
        {
            NameMatchKind.Exact => primaryName ? "exact name" : "exact alternate name",
            NameMatchKind.Folded => primaryName ? "name after folding" : "alternate name after folding",
            NameMatchKind.Transliterated => "transliteration variant",
            _ => "demonym",
        };
        var parts = new List<string> { how, Where(place) };
        if (place.Population > 0)
        {
            parts.Add("pop " + place.Population.ToString("N0", CultureInfo.InvariantCulture));
        }
        string? role = place.FeatureCode switch
        {
            "PPLC" => "capital",
            "PPLA" => "admin1 seat",
            "PPLA2" => "admin2 seat",
            _ => null,
        };
        if (role is not null)
        {
            parts.Add(role);
        }
        if (place.Id >= Prominence.FirstUserId)
        {
            parts.Add("user's own place");
        }
        return string.Join("; ", parts);
    }

    private string Where(Place place)
    {
        string level = place.Level.ToName();
        if (place.Level == PlaceLevel.Country || place.CountryCode.Length == 0)
        {
            return level;
        }
        string countryName = country(place.CountryCode)?.Name ?? place.CountryCode;
        return place.Admin1Name is { Length: > 0 } admin1 && place.Level != PlaceLevel.Admin1
            ? $"{level} in {admin1}, {countryName}"
            : $"{level} in {countryName}";
    }
}
