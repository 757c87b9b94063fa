namespace MapDashboard.Geoparsing;

/// <summary>
/// Bounds that keep the geoparser's time linear in its input whatever the input's shape. Real news never
/// reaches them; a hostile or broken file (a 10 MB line with no breaks, a list of a million place names)
/// is cut into pieces of bounded size, so no stage sees more than a bounded amount at once.
/// </summary>
public sealed class GeoparserLimits
{
    /// <summary>Default <see cref="WindowChars"/>: the longest seed article is about 9,000 characters.</summary>
    public const int DefaultWindowChars = 10_000;

    /// <summary>
    /// Default <see cref="MentionsPerResolution"/>: a long news article names 50 to 150 places; the resolver
    /// compares every mention with every other (proximity, same-name), so 15,000 mentions in one 100 KB line
    /// took over a minute.
    /// </summary>
    public const int DefaultMentionsPerResolution = 200;

    /// <summary>
    /// Default <see cref="MaxMentionsPerDocument"/>: a year of one outlet's reports names fewer; a 9.5 MB list
    /// naming 1.4 million places is refused with a message instead of held for minutes.
    /// </summary>
    public const int DefaultMaxMentionsPerDocument = 200_000;

    /// <summary>Text longer than this (UTF-16 code units) is recognised window by window, cut at sentence ends.</summary>
    public int WindowChars { get; init; } = DefaultWindowChars;

    /// <summary>Mentions of one article are resolved in groups of at most this many, in text order.</summary>
    public int MentionsPerResolution { get; init; } = DefaultMentionsPerResolution;

    /// <summary>A document whose articles name more places than this is refused (<see cref="GeoparseLimitException"/>).</summary>
    public int MaxMentionsPerDocument { get; init; } = DefaultMaxMentionsPerDocument;
}

/// <summary>A document over one of the <see cref="GeoparserLimits"/>: the message says which, for the user.</summary>
public sealed class GeoparseLimitException(string message) : Exception(message);
