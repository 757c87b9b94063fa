using MapDashboard.Geoparsing.Dating;

namespace MapDashboard.Data.Ingestion;

/// <summary>The days a fuzzy date may stand for: one day, a whole month or a whole year.</summary>
public static class DateInterval
{
    /// <summary>First and last possible day, or nulls when the date is unknown.</summary>
    public static (DateOnly? Start, DateOnly? End) Of(FuzzyDate date) => date switch
    {
        { Value: null } or { Precision: DatePrecision.Unknown } => (null, null),
        { Precision: DatePrecision.Day } => (date.Value, date.Value),
        { Precision: DatePrecision.Month } => (date.Value, date.Value.Value.AddMonths(1).AddDays(-1)),
        _ => (date.Value, new DateOnly(date.Value!.Value.Year, 12, 31)),
    };
}
