namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Blanks (with spaces, keeping every offset) runs of non-space characters longer than <see cref="MaxTokenChars"/>
/// in the copy of the text the recogniser reads. No place name is a 100-character word, and the recogniser's
/// patterns try every position of a word: a 10 MB file with no spaces (or one hyphenated chain
/// "al-Homs-ez-Zor-...") ran past the budget in them.
/// </summary>
internal static class LongTokens
{
    /// <summary>The longest run read: "Deir-ez-Zor" is 11, a URL in the text may reach 100.</summary>
    public const int MaxTokenChars = 100;

    public static string Blank(string text)
    {
        char[]? chars = null;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i])) continue;
            if (i - start > MaxTokenChars)
            {
                chars ??= text.ToCharArray();
                Array.Fill(chars, ' ', start, i - start);
            }
            start = i + 1;
        }
        return chars is null ? text : new string(chars);
    }
}
