using System.Globalization;

namespace MapDashboard.Geoparsing.Dating;

/// <summary>How much of a date is known. Serialised in lower case (<c>day|month|year|unknown</c>).</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,
    /// <summary>Only the month (and year) is known; the value is the 1st of the month.</summary>
    Month,
    /// <summary>Only the year is known; the value is 1 January.</summary>
    Year,
    /// <summary>Nothing is known; the value is null.</summary>
    Unknown,
}

/// <summary>A date with its precision. Never invents a day: "March 2017" is (2017-03-01, Month).</summary>
public sealed record FuzzyDate(DateOnly? Value, DatePrecision Precision)
{
    /// <summary>No date.</summary>
    public static FuzzyDate Unknown { get; } = new(null, DatePrecision.Unknown);

    /// <summary>A known day.</summary>
    public static FuzzyDate Day(DateOnly day) => new(day, DatePrecision.Day);

    /// <summary>A known month.</summary>
    public static FuzzyDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    /// <summary>A known year.</summary>
    public static FuzzyDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>ISO form for the precision known: 2017-03-17, 2017-03, 2017, or empty.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Value!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Value!.Value.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => "",
    };
}
