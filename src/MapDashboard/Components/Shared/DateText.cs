using System.Globalization;
using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Components.Shared;

/// <summary>
/// Dates as the dashboard shows them: in words, never more precise than what is known
/// ("17 March 2017", "March 2017", "2017 (year only)", "date unknown").
/// </summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The date in words for its precision.</summary>
    public static string Describe(DateOnly? date, DatePrecision precision) => (date, precision) switch
    {
        (null, _) or (_, DatePrecision.Unknown) => "date unknown",
        ({ } d, DatePrecision.Day) => d.ToString("d MMMM yyyy", English),
        ({ } d, DatePrecision.Month) => d.ToString("MMMM yyyy", English),
        ({ } d, _) => d.ToString("yyyy", English) + " (year only)",
    };

    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Days since 1970-01-01: the slider's value unit, the same in C# and in the browser.</summary>
    public static int UnixDay(DateOnly date) => date.DayNumber - UnixEpochDay;

    /// <summary>The day a <see cref="UnixDay"/> number stands for.</summary>
    public static DateOnly FromUnixDay(int day) => DateOnly.FromDayNumber(UnixEpochDay + day);

    /// <summary>A short label for a day: "17 Mar 2017".</summary>
    public static string Short(DateOnly date) => date.ToString("d MMM yyyy", English);

    /// <summary>The ISO 8601 form for a <c>&lt;time datetime&gt;</c> attribute (2017-03-17, 2017-03, 2017), or null.</summary>
    public static string? Iso(DateOnly? date, DatePrecision precision) =>
        date is null ? null : new FuzzyDate(date, precision).ToString() is { Length: > 0 } iso ? iso : null;
}
