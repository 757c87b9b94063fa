using System.Globalization;

namespace MapDashboard.Data.Index;

/// <summary>Dates as EF Core stores them in SQLite (<c>yyyy-MM-dd</c> text) to day numbers, without parsing overhead per row.</summary>
internal static class DayNumbers
{
    public static int Parse(string? text)
    {
        if (text is null)
        {
            return EventRow.Undated;
        }

        if (text.Length >= 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day).DayNumber;
        }

        // Anything else EF Core might have written (a time part): the general parser.
        return DateOnly.TryParse(text.AsSpan(0, Math.Min(10, text.Length)), CultureInfo.InvariantCulture, out var date)
            ? date.DayNumber : EventRow.Undated;
    }

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var d = text[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            value = value * 10 + d;
        }

        return true;
    }
}
