namespace MapDashboard.Geoparsing;

/// <summary>Tunables of the geoparser, each with a named default and the reason for it.</summary>
public sealed class GeoparserOptions
{
    /// <summary>Default <see cref="MaxHeadlineLength"/>: the longest seed headline is 90 characters; captions run longer.</summary>
    public const int DefaultMaxHeadlineLength = 160;

    /// <summary>Default <see cref="MinHeadlineWords"/>: "Deir Ezzur" (2 words) is a subhead, "Syrian conflict" a section label.</summary>
    public const int DefaultMinHeadlineWords = 4;

    /// <summary>Default <see cref="CommonWordPopulationFloor"/>: "Even" and "Mission" are villages; "Reading" is a city of 300,000.</summary>
    public const long DefaultCommonWordPopulationFloor = 100_000;

    /// <summary>Default <see cref="CountryContextWeight"/>.</summary>
    public const double DefaultCountryContextWeight = 0.35;

    /// <summary>Default <see cref="DivisionContextWeight"/> (0.4 before the division support was weighed by prominence;
    /// 0.5 on both dev sets: LGL populated places, gold spans 0.824 → 0.831, GeoVirus unchanged).</summary>
    public const double DefaultDivisionContextWeight = 0.5;

    /// <summary>Default <see cref="AlternateNamePenalty"/>.</summary>
    public const double DefaultAlternateNamePenalty = 0.3;

    /// <summary>Default <see cref="CityOverDivisionWeight"/>.</summary>
    public const double DefaultCityOverDivisionWeight = 0.35;

    /// <summary>Population from which a city outranks a first-level division of its name (New York, not the state).</summary>
    public const long DefaultBigCityPopulation = 1_000_000;

    /// <summary>Default <see cref="QualifierWeight"/>.</summary>
    public const double DefaultQualifierWeight = 0.6;

    /// <summary>Default <see cref="ProminenceWeight"/>: the prior is the scale the other weights are set on.</summary>
    public const double DefaultProminenceWeight = 1.0;

    /// <summary>Default <see cref="ListSiblingWeight"/>: as strong as a qualifier.</summary>
    public const double DefaultListSiblingWeight = DefaultQualifierWeight;

    /// <summary>Default <see cref="LevelHintWeight"/>: the hint table's own terms (0.1–0.45).</summary>
    public const double DefaultLevelHintWeight = 1.0;

    /// <summary>Default <see cref="SeatWeight"/>.</summary>
    public const double DefaultSeatWeight = 0.2;

    /// <summary>Default <see cref="CountySeatWeight"/>: about a qualifier's half.</summary>
    public const double DefaultCountySeatWeight = 0.3;

    /// <summary>Default <see cref="CountySeatKm"/>: a county's point is its seat's, to the gazetteer's rounding.</summary>
    public const double DefaultCountySeatKm = 15;

    /// <summary>Default <see cref="NamedDivisionWeight"/>.</summary>
    public const double DefaultNamedDivisionWeight = 0.3;

    /// <summary>Default <see cref="NearbyNamesWeight"/>: as the division context, which it sharpens.</summary>
    public const double DefaultNearbyNamesWeight = 0.2;

    /// <summary>Default <see cref="NearbyNamesKm"/>: about a county across, inside the 161 km a dot may be off (100 km let
    /// the namesakes of a neighbouring state's towns count as near; 60 km on both dev sets: LGL populated places 0.831 → 0.835).</summary>
    public const double DefaultNearbyNamesKm = 60;

    /// <summary>Default <see cref="ProximityWeight"/>.</summary>
    public const double DefaultProximityWeight = 0.25;

    /// <summary>Default <see cref="ProximityScaleKm"/>: one governorate across (Homs to Palmyra is 150 km).</summary>
    public const double DefaultProximityScaleKm = 400;

    /// <summary>Default <see cref="MaxCandidates"/>.</summary>
    public const int DefaultMaxCandidates = 25;

    /// <summary>Default <see cref="SameSpotKm"/>: a city and the division it is the seat of share a point.</summary>
    public const double DefaultSameSpotKm = 25;

    /// <summary>Candidates closer than this, in kilometres, to the chosen one do not lower its confidence.</summary>
    public double SameSpotKm { get; set; } = DefaultSameSpotKm;

    /// <summary>Default <see cref="NestedSpotKm"/>: the distance within which a dot counts as right (accuracy@161 km).</summary>
    public const double DefaultNestedSpotKm = 161;

    /// <summary>
    /// A first-level division and a place inside it (Homs Governorate, Homs the city) closer than this do not lower
    /// each other's confidence: the same place at two scales.
    /// </summary>
    public double NestedSpotKm { get; set; } = DefaultNestedSpotKm;

    /// <summary>A line longer than this is never a headline (captions and paragraphs are longer).</summary>
    public int MaxHeadlineLength { get; set; } = DefaultMaxHeadlineLength;

    /// <summary>A line with fewer words is a subhead or section label, never a headline.</summary>
    public int MinHeadlineWords { get; set; } = DefaultMinHeadlineWords;

    /// <summary>A capitalised common English word is a place only when its best candidate is a country,
    /// a first-level division, or has at least this many people.</summary>
    public long CommonWordPopulationFloor { get; set; } = DefaultCommonWordPopulationFloor;

    /// <summary>Score added to a candidate in a country the article names (scaled by how often it is named).</summary>
    public double CountryContextWeight { get; set; } = DefaultCountryContextWeight;

    /// <summary>Score added to a candidate in the first-level division (state, province) the article's other names
    /// can lie in, scaled by the share of them that can; 0 switches the evidence off.</summary>
    public double DivisionContextWeight { get; set; } = DefaultDivisionContextWeight;

    /// <summary>Score taken from a candidate that has the name only as an alternate name when another has it as
    /// its primary name (Maryville is not Beeville, Texas); 0 switches the rule off.</summary>
    public double AlternateNamePenalty { get; set; } = DefaultAlternateNamePenalty;

    /// <summary>Score added to a national capital or a city of a million over a first-level division of the same
    /// name (a bare "Washington" is D.C.); 0 switches the rule off.</summary>
    public double CityOverDivisionWeight { get; set; } = DefaultCityOverDivisionWeight;

    /// <summary>Score added to a candidate that fits an explicit qualifier ("Bshaquh in Lattakia province").</summary>
    public double QualifierWeight { get; set; } = DefaultQualifierWeight;

    /// <summary>Factor on a candidate's prior (match quality, level, population): how much prominence counts.</summary>
    public double ProminenceWeight { get; set; } = DefaultProminenceWeight;

    /// <summary>Score added to a country or division listed beside another of its kind ("Colorado, Georgia,
    /// Illinois"); 0 switches the evidence off.</summary>
    public double ListSiblingWeight { get; set; } = DefaultListSiblingWeight;

    /// <summary>Factor on the level-hint terms ("Homs province" wants the governorate); 0 switches them off.</summary>
    public double LevelHintWeight { get; set; } = DefaultLevelHintWeight;

    /// <summary>Score added to a division's seat over the division of the same name (a bare "Homs" is the city);
    /// 0 switches the rule off.</summary>
    public double SeatWeight { get; set; } = DefaultSeatWeight;

    /// <summary>Score added to a town and a county the article names when the town is the county's seat
    /// ("Huntsville" and "Walker County", Texas); 0 switches the evidence off.</summary>
    public double CountySeatWeight { get; set; } = DefaultCountySeatWeight;

    /// <summary>Distance within which a county's point marks a town as its seat, in kilometres.</summary>
    public double CountySeatKm { get; set; } = DefaultCountySeatKm;

    /// <summary>Score added to a town in a state or province the article names and has settled ("London" beside
    /// "Ontario"); 0 switches the evidence off.</summary>
    public double NamedDivisionWeight { get; set; } = DefaultNamedDivisionWeight;

    /// <summary>Score added to a candidate near which the article's other names can lie, scaled by the share of
    /// them that can ("Brandon" beside "Albany" and "Douglas County"); 0 switches the evidence off.</summary>
    public double NearbyNamesWeight { get; set; } = DefaultNearbyNamesWeight;

    /// <summary>Distance within which another name's candidate counts as near, in kilometres.</summary>
    public double NearbyNamesKm { get; set; } = DefaultNearbyNamesKm;

    /// <summary>Score added to a candidate near the article's other resolved places (falls off with distance).</summary>
    public double ProximityWeight { get; set; } = DefaultProximityWeight;

    /// <summary>Distance at which the proximity bonus has fallen to a half, in kilometres.</summary>
    public double ProximityScaleKm { get; set; } = DefaultProximityScaleKm;

    /// <summary>How many gazetteer candidates per name are considered and kept as alternatives.</summary>
    public int MaxCandidates { get; set; } = DefaultMaxCandidates;

    /// <summary>Report place-like names the gazetteer lacks ("the al-Wa'er neighbourhood") as unresolved mentions.</summary>
    public bool ReportUnresolved { get; set; } = true;

    /// <summary>
    /// Also report a lone capitalised word after "in", "near", "towards" ("in Jobar") that the gazetteer lacks.
    /// Needs <see cref="ReportUnresolved"/>.
    /// </summary>
    public bool ReportUnresolvedAfterPrepositions { get; set; } = true;
}
