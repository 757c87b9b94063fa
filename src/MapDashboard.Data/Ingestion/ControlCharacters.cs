using System.Buffers;

namespace MapDashboard.Data.Ingestion;

/// <summary>
/// Strips control characters (NUL, the other C0 controls but tab and line breaks, DEL, the C1 controls) from
/// text before it is geoparsed and stored: a NUL pasted from a binary file reached the database and the
/// page as it came, and no news text needs one.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Stripped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007F', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);

    /// <summary><paramref name="text"/> without its control characters (the same instance when it has none).</summary>
    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(Stripped) < 0) return text;
        return string.Create(text.Length - Count(text), text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (!Stripped.Contains(c)) span[at++] = c;
            }
        });
    }

    private static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (Stripped.Contains(c)) count++;
        }
        return count;
    }
}
