namespace MapDashboard.Geoparsing.Dating;

/// <summary>What a date expression says, before it is resolved against an article date.</summary>
internal enum DateExpressionKind
{
    /// <summary>"February 27, 2017", "27 February 2017", "2017-02-27".</summary>
    FullDate,
    /// <summary>"March 17", "17 March": the year comes from context.</summary>
    MonthDay,
    /// <summary>"March 2017".</summary>
    MonthYear,
    /// <summary>"in December", "last November": the year comes from context.</summary>
    Month,
    /// <summary>"in 2009", "since 2014".</summary>
    Year,
    /// <summary>"on Friday", "last Friday", "Monday morning".</summary>
    Weekday,
    /// <summary>"yesterday", "last month", "this year": <see cref="DateExpression.Offset"/> in <see cref="DateExpression.Unit"/>.</summary>
    Relative,
}

/// <summary>The unit of a relative expression.</summary>
internal enum RelativeUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A date expression found in text; offsets are UTF-16 code units of the text searched.
/// </summary>
internal sealed record DateExpression(int Start, int Length, DateExpressionKind Kind)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>"last Friday", "last November": strictly before the article date.</summary>
    public bool Last { get; init; }

    /// <summary>For <see cref="DateExpressionKind.Relative"/>: -1 for yesterday / last month, 0 for today / this year.</summary>
    public int Offset { get; init; }

    public RelativeUnit Unit { get; init; }

    /// <summary>"by 2025", "until March": a deadline, not when something happened.</summary>
    public bool IsDeadline { get; init; }
}
