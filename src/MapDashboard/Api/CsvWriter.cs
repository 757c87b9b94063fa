using System.Globalization;
using System.Text;
using MapDashboard.Data.Queries;

namespace MapDashboard.Api;

/// <summary>
/// Events as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
/// double quotes, quotes doubled). Text cells that a spreadsheet would run as a formula (starting with
/// <c>= + - @</c>, tab or carriage return) get a leading single quote: article text is untrusted.
/// </summary>
public static class CsvWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["id", "lon", "lat", "place", "placeId", "mention", "articleId", "title", "date", "datePrecision", "country", "level", "confidence", "role"];

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
        Number(e.ArticleId), Text(e.Title), e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        Lower(e.DatePrecision), Text(e.Country), Lower(e.Level), Number(Math.Round(e.Confidence, 3)), Lower(e.Role),
    ]);

    /// <summary>A text cell made safe to open in a spreadsheet: a formula-like start is quoted away.</summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>One field as RFC 4180 writes it.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

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

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
