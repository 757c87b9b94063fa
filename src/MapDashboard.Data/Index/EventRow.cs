using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Data.Index;

/// <summary>
/// One resolved mention as the index keeps it: 40 bytes, no references, so a scan over a million rows stays in
/// cache-friendly memory. <see cref="Article"/> and <see cref="Place"/> are dense indexes into the snapshot's
/// article and place tables; days are <see cref="DateOnly.DayNumber"/>s, <see cref="Undated"/> when unknown.
/// </summary>
internal readonly struct EventRow(long mentionId, int article, int place, int dayStart, int dayEnd, int start,
    double confidence, MentionRole role, DatePrecision precision)
{
    /// <summary>The day number of an unknown date (real day numbers are never negative).</summary>
    public const int Undated = -1;

    public readonly long MentionId = mentionId;
    public readonly int Article = article;
    public readonly int Place = place;
    public readonly int DayStart = dayStart;
    public readonly int DayEnd = dayEnd;

    /// <summary>The mention's offset in its article (UTF-16 code units): "first mentioned" orders by it.</summary>
    public readonly int Start = start;
    public readonly double Confidence = confidence;
    private readonly byte _role = (byte)role;
    private readonly byte _precision = (byte)precision;

    public MentionRole Role => (MentionRole)_role;
    public DatePrecision Precision => (DatePrecision)_precision;
    public bool IsDated => DayStart != Undated;

    public EventRow InArticle(int articleIndex) =>
        new(MentionId, articleIndex, Place, DayStart, DayEnd, Start, Confidence, Role, Precision);
}
