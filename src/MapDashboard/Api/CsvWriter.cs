using System.Globalization;
using System.Text;
using MapDashboard.Data.Queries;

namespace MapDashboard.Api;

/// <summary>
/// Events as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
/// double quotes, quotes doubled). Text that a spreadsheet would run as a formula (<c>= + - @</c>, tab or carriage
/// return at the start of the cell or after a separator) gets a single quote before it: article text is untrusted.
/// </summary>
public static class CsvWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["id", "lon", "lat", "place", "placeId", "mention", "articleId", "title", "date", "datePrecision", "country", "level", "confidence", "role",
         "source", "url", "sentence", "articleDate", "articleDatePrecision"];

    /// <summary>The whole file for <paramref name="events"/> (without the byte order mark).</summary>
    public static string Write(IEnumerable<EventRecord> events)
    {
        var csv = new StringBuilder();
        AppendHeader(csv);
        foreach (var e in events)
        {
            AppendRow(csv, e);
        }

        return csv.ToString();
    }

    /// <summary>The header row, CRLF included.</summary>
    public static void AppendHeader(StringBuilder csv) => AppendCells(csv, Columns);

    /// <summary>One event's row, CRLF included.</summary>
    public static void AppendRow(StringBuilder csv, EventRecord e) => AppendCells(csv, [
        Number(e.Id), Number(e.Longitude), Number(e.Latitude), Text(e.Place), Number(e.PlaceId), Text(e.Mention),
        Number(e.ArticleId), Text(e.Title), Day(e.Date),
        Lower(e.DatePrecision), Text(e.Country), Lower(e.Level), Number(Math.Round(e.Confidence, 3)), Lower(e.Role),
        Text(e.Source ?? ""), Text(e.Url ?? ""), Text(e.Sentence), Day(e.ArticleDate), Lower(e.ArticleDatePrecision),
    ]);

    /// <summary>
    /// A text cell made safe to open in a spreadsheet: every formula-like start is quoted away, at the cell's start
    /// and after a separator a spreadsheet may split on. A title <c>Aleppo strike;=cmd|' /C calc'!A0</c> opened by a
    /// spreadsheet that splits on ';' would otherwise run its second half.
    /// </summary>
    public static string Text(string value)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (i == 0 ? value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' : value[i] is '=' or '+' or '-' or '@' && AfterSeparator(value, i))
            {
                safe ??= new StringBuilder(value.Length + 4).Append(value, 0, i);
                safe.Append('\'');
            }
            safe?.Append(value[i]);
        }
        return safe?.ToString() ?? value;
    }

    /// <summary>One field as RFC 4180 writes it; quoted also when it holds ';' or a tab, which some spreadsheets split on.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(QuotedCharacters) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static readonly System.Buffers.SearchValues<char> QuotedCharacters = System.Buffers.SearchValues.Create(",;\t\"\r\n");

    /// <summary>Whether only spaces stand between position <paramref name="i"/> and a separator before it.</summary>
    private static bool AfterSeparator(string value, int i)
    {
        var j = i - 1;
        while (j >= 0 && value[j] == ' ')
        {
            j--;
        }
        return j >= 0 && value[j] is ',' or ';' or '\t' or '\n' or '\r';
    }

    private static void AppendCells(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
