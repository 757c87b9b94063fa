using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace MapDashboard.Geoparsing.Splitting;

/// <summary>
/// Bounds the nesting the markup readers accept. An HTML page of 100,000 nested <c>&lt;div&gt;</c>s (1.1 MB) took
/// 137 s through the DOM (each element's selectors walk its ancestors or its subtree); a 100,000-deep feed 31 s.
/// A page nested deeper than <see cref="MaxDepth"/> is read as text with its tags stripped (flattened), in one
/// pass, so every accepted file is read in time proportional to its size.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>Deepest nesting read as a tree: real news pages nest 20 to 60 elements deep.</summary>
    public const int MaxDepth = 512;

    // Elements that never hold others, or that the parser closes by itself: they do not deepen the tree.
    private static readonly FrozenSet<string> Flat = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="markup"/> opens more than <see cref="MaxDepth"/> elements without closing them (an over-estimate: one linear scan, no parse).</summary>
    public static bool IsTooDeep(string markup)
    {
        var depth = 0;
        for (var i = markup.IndexOf('<'); i >= 0 && i + 1 < markup.Length; i = markup.IndexOf('<', i + 1))
        {
            var c = markup[i + 1];
            if (c == '/') depth = Math.Max(0, depth - 1);
            else if (char.IsAsciiLetter(c))
            {
                var end = i + 1;
                while (end < markup.Length && (char.IsAsciiLetterOrDigit(markup[end]) || markup[end] is ':' or '-')) end++;
                var close = markup.IndexOf('>', end);
                var selfClosing = close > 0 && markup[close - 1] == '/';
                if (!selfClosing && !Flat.Contains(markup[(i + 1)..end]) && ++depth > MaxDepth) return true;
            }
        }
        return false;
    }

    /// <summary>The text of <paramref name="markup"/>: tags dropped (script and style with their content), block ends as line breaks, entities decoded.</summary>
    public static string Flatten(string markup)
    {
        var text = new StringBuilder(markup.Length / 2);
        var i = 0;
        while (i < markup.Length)
        {
            var open = markup.IndexOf('<', i);
            if (open < 0) open = markup.Length;
            text.Append(WebUtility.HtmlDecode(markup[i..open]));
            if (open >= markup.Length) break;
            var close = markup.IndexOf('>', open);
            if (close < 0) break;
            var tag = markup.AsSpan(open + 1, close - open - 1);
            if (tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("style", StringComparison.OrdinalIgnoreCase))
            {
                var name = tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style";
                var end = markup.IndexOf(name, close, StringComparison.OrdinalIgnoreCase);
                var after = end < 0 ? -1 : markup.IndexOf('>', end);
                close = after < 0 ? markup.Length - 1 : after;
            }
            else if (tag.StartsWith("/p", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("br", StringComparison.OrdinalIgnoreCase)
                     || tag.StartsWith("/h", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("/div", StringComparison.OrdinalIgnoreCase))
            {
                text.Append("\n\n");
            }
            i = close + 1;
        }
        return text.ToString();
    }
}
