namespace MapDashboard.Geoparsing.Recognition;

/// <summary>What a place mention does in its sentence. Serialised in lower case.</summary>
public enum MentionRole
{
    /// <summary>A place where something happened or is ("clashes in Deir Ezzur"). Shown on the map by default.</summary>
    Event,
    /// <summary>Where the report was filed ("MOSCOW, March 17. /TASS/").</summary>
    Dateline,
    /// <summary>A country or capital standing for its government ("Ankara said", "Russia sees no obstacles"), or a
    /// place opening an organisation's name ("Athens Police Department", "Dublin City Council").</summary>
    Actor,
    /// <summary>An adjective or demonym ("Russian", "Syrian", "Kurdish").</summary>
    Adjectival,
}

/// <summary>
/// A place name found in an article. <see cref="Start"/> and <see cref="Length"/> are UTF-16 code units
/// of <see cref="Splitting.ArticleText.Text"/>.
/// </summary>
public sealed record PlaceMention(int Start, int Length, string Text, MentionRole Role);
