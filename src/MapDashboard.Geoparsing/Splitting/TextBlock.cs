namespace MapDashboard.Geoparsing.Splitting;

/// <summary>A run of non-blank lines of a plain-text document, and how many blank lines follow it.</summary>
internal sealed record TextBlock(IReadOnlyList<string> Lines, int BlankLinesAfter)
{
    /// <summary>The lines joined by newlines.</summary>
    public string Text => string.Join("\n", Lines);

    /// <summary>True when the block is one line.</summary>
    public bool IsSingleLine => Lines.Count == 1;

    /// <summary>Cuts text into blocks at blank lines (lines of only white space or no-break spaces).</summary>
    public static List<TextBlock> Read(string content)
    {
        var blocks = new List<TextBlock>();
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var current = new List<string>();
        var blanks = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (TextFolding.IsBlank(line))
            {
                blanks++;
                continue;
            }
            if (blanks > 0 && current.Count > 0)
            {
                blocks.Add(new TextBlock(current, blanks));
                current = [];
            }
            blanks = 0;
            current.Add(line);
        }
        if (current.Count > 0) blocks.Add(new TextBlock(current, blanks));
        return blocks;
    }
}
