namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Tells headlines, photo captions and credits from body text in news digests. Each rule comes from the
/// seed documents: a caption repeated twice under the headline, "© Sergei Bobylyov", "Israeli Air Force
/// F-15 jet. (File)", the headline repeated as a caption, and a lone "Deir Ezzur" subhead inside an article.
/// </summary>
internal sealed class CaptionRules(GeoparserOptions options)
{
    private static readonly string[] PhotoCues = ["file photo", "(file)", "(photo)", "file image"];

    // The characters trimmed around lines, as arrays made once: a params array per call showed in profiles.
    private static readonly char[] LeadingBlanks = [' ', '\u00A0', '\t'];
    private static readonly char[] TrailingBlanksAndStop = [' ', '\u00A0', '.'];
    private static readonly char[] TrailingClosers = [' ', '\u00A0', '"', '\u201D', '\u2019', '\'', ')', ']'];

    /// <summary>
    /// A line that can open a new article: one short line of several words that does not end a sentence.
    /// Fewer words make a subhead ("Deir Ezzur") or a section label ("Syrian conflict").
    /// </summary>
    public bool IsHeadlineLike(string line)
    {
        var trimmed = line.Trim().Trim('\u00A0');
        if (trimmed.Length == 0 || trimmed.Length > options.MaxHeadlineLength) return false;
        if (TextFolding.WordCount(trimmed) < options.MinHeadlineWords) return false;
        if (IsCredit(trimmed) || HasPhotoCue(trimmed) || EndsSentence(trimmed)) return false;
        if (char.IsLower(trimmed[0])) return false;
        return Dateline.Find(trimmed, 0) is null;
    }

    /// <summary>"© Photo: Russian Defense Ministry", "© Sergei Bobylyov/.../TASS".</summary>
    public static bool IsCredit(string line)
    {
        var t = line.TrimStart(LeadingBlanks);
        return t.StartsWith('©') || t.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"... in the Mediterranean Sea. File photo", "Israeli Air Force F-15 jet. (File)".</summary>
    public static bool HasPhotoCue(string line)
    {
        var t = line.TrimEnd(TrailingBlanksAndStop).ToLowerInvariant();
        return PhotoCues.Any(t.EndsWith);
    }

    /// <summary>True when the line ends like a sentence (closing quotes and brackets aside).</summary>
    public static bool EndsSentence(string line)
    {
        var t = line.TrimEnd(TrailingClosers);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ';' or ',' or ':' or '…';
    }

    /// <summary>
    /// Whether a block between the headline and the body is a caption: a credit, the headline again, a
    /// repeated line, a line that does not end a sentence ("S-400 regiment enters on duty in Crimea"), or a
    /// paragraph set apart by two blank lines that is no dateline ("Members of the Iraqi army's 9th Division
    /// fire ... on February 27, 2017, during an offensive ..." stands above the story it illustrates).
    /// </summary>
    public static bool IsHeaderCaption(TextBlock block, string title, TextBlock? previous, TextBlock? next)
    {
        var text = block.Text;
        if (block.Lines.Any(IsCredit) || HasPhotoCue(text)) return true;
        var folded = TextFolding.ForComparison(text);
        if (folded == TextFolding.ForComparison(title)) return true;
        if (previous is not null && folded == TextFolding.ForComparison(previous.Text)) return true;
        if (next is not null && folded == TextFolding.ForComparison(next.Text)) return true;
        if (Dateline.Find(text, 0) is not null) return false;
        if (!EndsSentence(text)) return true;
        return block.BlankLinesAfter >= 2 && next is not null;
    }

    /// <summary>
    /// Removes caption lines from a body block: credits, photo cues, lines repeated within the block, and the
    /// short label lines around a credit ("The Ka-52K helicopter / © Photo: ... / The Ka-52K helicopter").
    /// </summary>
    public static List<string> BodyLines(TextBlock block)
    {
        var lines = block.Lines;
        var hasCredit = lines.Any(IsCredit);
        var keep = new List<string>(lines.Count);
        // Each line folded once (folding every other line again for each line was quadratic in the block).
        var folds = lines.Count > 1 ? lines.Select(TextFolding.ForComparison).ToArray() : [];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsCredit(line) || HasPhotoCue(line)) continue;
            var repeated = false;
            for (var j = 0; j < folds.Length && !repeated; j++) repeated = j != i && folds[j] == folds[i];
            if (repeated) continue;
            if (hasCredit && !EndsSentence(line) && TextFolding.WordCount(line) <= 12) continue;
            keep.Add(line);
        }
        return keep;
    }
}
