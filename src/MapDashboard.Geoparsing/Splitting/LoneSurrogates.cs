namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Replaces lone UTF-16 surrogates with U+FFFD (same length, so offsets hold). Decoded files never have them, but
/// a string handed to the geoparser may ("Homs \uD800" from a fuzz run): name folding (Unicode normalisation) and
/// the JSON reader threw on them.
/// </summary>
internal static class LoneSurrogates
{
    public static string Replace(string text)
    {
        var first = FirstLone(text, 0);
        if (first < 0) return text;
        var chars = text.ToCharArray();
        for (var i = first; i >= 0; i = FirstLone(text, i + 1)) chars[i] = '\uFFFD';
        return new string(chars);
    }

    private static int FirstLone(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return i;
            }
            else if (char.IsLowSurrogate(c)) return i;
        }
        return -1;
    }
}
