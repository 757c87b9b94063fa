namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Splits plain text holding one or many articles (a news digest) into articles. An article opens with a
/// headline line, may carry captions and credits before its body (dropped), and runs until the next
/// headline-like line that follows some body text.
/// </summary>
internal sealed class DigestSplitter(GeoparserOptions options)
{
    private readonly CaptionRules _rules = new(options);

    // Made once: a params array per trimmed line showed in profiles.
    private static readonly char[] Blanks = [' ', '\u00A0', '\t'];

    /// <summary>The articles of <paramref name="document"/>, in order.</summary>
    public List<ArticleText> Split(SourceDocument document, string content, Dating.FuzzyDate? documentDate)
    {
        var blocks = TextBlock.Read(content);
        var drafts = new List<Draft>();
        Draft? current = null;
        var inHeader = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // A headline opens an article only once the previous one has body text: a headline-like line
            // right under a headline is its caption ("S-400 regiment enters on duty in Crimea").
            if (block.IsSingleLine && _rules.IsHeadlineLike(block.Lines[0]) && (current is null || current.Paragraphs.Count > 0))
            {
                current = new Draft(block.Lines[0].Trim(Blanks));
                drafts.Add(current);
                inHeader = true;
                continue;
            }
            // Before the first headline: section labels ("Syrian conflict").
            if (current is null) continue;
            if (inHeader)
            {
                var previous = i > 0 ? blocks[i - 1] : null;
                var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
                if (CaptionRules.IsHeaderCaption(block, current.Title, previous, next)) continue;
                inHeader = false;
            }
            var lines = CaptionRules.BodyLines(block);
            if (lines.Count > 0) current.Paragraphs.Add(string.Join("\n", lines.Select(l => l.Trim(Blanks))));
        }
        // A headline-like line at the very end, or a lone title, makes no article without body text,
        // unless it is the whole document.
        var kept = drafts.Where(d => d.Paragraphs.Count > 0).ToList();
        if (kept.Count == 0 && drafts.Count > 0) kept = drafts;
        // Text with no headline-like line ("Raqqa besieged" is too short for one) is still one article:
        // its first line the title, the rest the body. Input is never dropped silently.
        if (kept.Count == 0 && blocks.Count > 0)
        {
            var whole = new Draft(blocks[0].Lines[0].Trim(Blanks));
            var rest = blocks[0].Lines.Skip(1).Concat(blocks.Skip(1).SelectMany(b => b.Lines.Append("")));
            var body = string.Join("\n", rest).Trim();
            if (body.Length > 0) whole.Paragraphs.AddRange(body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries));
            kept = [whole];
        }
        return kept.Select((d, position) => Build(document, d, position, documentDate)).ToList();
    }

    private static ArticleText Build(SourceDocument document, Draft draft, int position, Dating.FuzzyDate? documentDate)
    {
        var article = new ArticleText
        {
            Title = draft.Title,
            Body = string.Join("\n\n", draft.Paragraphs),
            SourceName = document.Name,
            Position = position,
            DocumentDate = documentDate,
        };
        return article with { Source = Dateline.Find(article)?.Outlet };
    }

    private sealed class Draft(string title)
    {
        public string Title { get; } = title;

        public List<string> Paragraphs { get; } = [];
    }
}
