using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Articles;

/// <summary>A run of article text: plain, or one place mention.</summary>
/// <param name="Text">The characters of the run, verbatim (escaped when rendered).</param>
/// <param name="Mention">The mention this run is, or null for plain text.</param>
public sealed record TextSegment(string Text, MentionDetail? Mention);

/// <summary>
/// Cuts article text into paragraphs of segments so mentions can be highlighted at their offsets
/// (UTF-16 code units of the whole text, end exclusive, as <see cref="MentionDetail"/> documents them).
/// </summary>
public static class TextSegmenter
{
    /// <summary>
    /// The paragraphs of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>): a paragraph
    /// ends at a blank line; single line breaks stay inside it. Mentions outside the range, overlapping an
    /// earlier one or out of bounds are skipped; one that crosses a paragraph break is cut at the break.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs(
        string text, int start, int end, IEnumerable<MentionDetail> mentions)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var ordered = mentions
            .Where(m => m.Start >= start && m.End <= end && m.End > m.Start)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End)
            .ToList();

        var paragraphs = new List<IReadOnlyList<TextSegment>>();
        var next = 0; // index into ordered
        foreach (var (pStart, pEnd) in ParagraphRanges(text, start, end))
        {
            var segments = new List<TextSegment>();
            var pos = pStart;
            while (next < ordered.Count && ordered[next].Start < pEnd)
            {
                var m = ordered[next++];
                if (m.Start < pos)
                {
                    continue; // overlaps the previous mention or began in an earlier paragraph
                }
                if (m.Start > pos)
                {
                    segments.Add(new TextSegment(text[pos..m.Start], null));
                }
                var mEnd = Math.Min(m.End, pEnd);
                segments.Add(new TextSegment(text[m.Start..mEnd], m));
                pos = mEnd;
            }
            if (pos < pEnd)
            {
                segments.Add(new TextSegment(text[pos..pEnd], null));
            }
            paragraphs.Add(segments);
        }
        return paragraphs;
    }

    /// <summary>Ranges of non-blank paragraphs, trimmed of the line breaks around them.</summary>
    private static IEnumerable<(int Start, int End)> ParagraphRanges(string text, int start, int end)
    {
        var pos = start;
        while (pos < end)
        {
            while (pos < end && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }
            if (pos >= end)
            {
                yield break;
            }
            var pEnd = FindBlankLine(text, pos, end);
            var trimmed = pEnd;
            while (trimmed > pos && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }
            yield return (pos, trimmed);
            pos = pEnd;
        }
    }

    /// <summary>The index of the first line break followed (after spaces) by another line break, or <paramref name="end"/>.</summary>
    private static int FindBlankLine(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            var j = i + 1;
            while (j < end && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }
            if (j < end && text[j] == '\n')
            {
                return i;
            }
        }
        return end;
    }
}
