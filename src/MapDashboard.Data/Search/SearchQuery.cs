using System.Text;

namespace MapDashboard.Data.Search;

/// <summary>
/// A user's search, as terms that must all occur: words (a trailing <c>*</c> matches a prefix) and
/// "quoted phrases". Parsed here rather than passed to the engine so that no user text is ever engine
/// syntax: <c>Raqqa OR</c> or an unbalanced quote is a search for those words, never an error from SQL.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Terms)
{
    /// <summary>
    /// The query as a string equal for equal queries (the record compares its term lists by reference): a cache key
    /// for every provider, each term quoted, in order, a prefix marked.
    /// </summary>
    public string Key => string.Join(" ", Terms.Select(t =>
        "\"" + string.Join(" ", t.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (t.Prefix ? "*" : "")));

    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>Parses <paramref name="text"/>; false with a message when nothing searchable is left.</summary>
    public static bool TryParse(string text, out SearchQuery? query, out string error)
    {
        query = null;
        error = "";
        if (text.Length > MaxLength)
        {
            error = $"q: longer than {MaxLength} characters";
            return false;
        }

        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var phrase = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                var words = Words(phrase);
                if (words.Count > 0)
                {
                    terms.Add(new SearchTerm(words, Prefix: false));
                }

                i = close < 0 ? text.Length : close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
            {
                end++;
            }

            var token = text[i..end];
            var prefix = token.EndsWith('*');
            var tokenWords = Words(token);
            for (var w = 0; w < tokenWords.Count; w++)
            {
                terms.Add(new SearchTerm([tokenWords[w]], prefix && w == tokenWords.Count - 1));
            }

            i = Math.Max(end, i + 1);
        }

        if (terms.Count == 0)
        {
            error = $"q: '{text}' has no words to search for";
            return false;
        }

        query = new SearchQuery(terms);
        return true;
    }

    /// <summary>The letters-and-digits runs of <paramref name="text"/>: what the full-text tokenizer indexes.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}

/// <summary>One term: a word or a phrase (several words in order); <see cref="Prefix"/> when the last word is a prefix.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix);
