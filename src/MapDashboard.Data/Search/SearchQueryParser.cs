using System.Globalization;
using System.Text;

namespace MapDashboard.Data.Search;

/// <summary>
/// Reads the search syntax into a <see cref="SearchQuery"/>. Operators are upper-case words, as in FTS5 and web search
/// engines: <c>raqqa OR mosul</c>, <c>raqqa NOT mosul</c>, <c>raqqa AND mosul</c> (the same as <c>raqqa mosul</c>);
/// lower-case "or" and "not" are words to find. <c>NOT</c> binds to the term after it, words side by side bind before
/// <c>OR</c> (<c>a b OR c</c> is <c>(a b) OR c</c>), and parentheses group. A term is a word, <c>offen*</c> (a prefix)
/// or a "quoted phrase"; a word with punctuation inside (<c>al-Bab</c>) is the phrase of its parts, as the text's
/// tokenizer splits it.
/// </summary>
internal sealed class SearchQueryParser
{
    private readonly List<Token> _tokens;
    private int _next;

    private SearchQueryParser(List<Token> tokens) => _tokens = tokens;

    private enum Kind { Term, Or, And, Not, Open, Close }

    private sealed record Token(Kind Kind, SearchTerm? Term = null);

    /// <summary>A message for the user, thrown inside the parser only and caught by <see cref="TryParse"/>.</summary>
    private sealed class SyntaxException(string message) : Exception(message);

    public static bool TryParse(string text, out SearchQuery? query, out string error)
    {
        query = null;
        error = "";
        if (text.Length > SearchQuery.MaxLength)
        {
            error = $"The search is longer than {SearchQuery.MaxLength} characters.";
            return false;
        }

        try
        {
            var tokens = Tokens(text);
            if (!tokens.Exists(t => t.Kind == Kind.Term))
            {
                error = $"The search “{text}” has no words to search for.";
                return false;
            }

            var parser = new SearchQueryParser(tokens);
            var root = parser.Any();
            if (parser._next < tokens.Count)
            {
                // Any() stops only at the end or at a ")" it did not open.
                throw new SyntaxException("A “)” closes nothing: every “(” needs its “)”, as in (raqqa OR mosul) NOT aleppo.");
            }

            query = new SearchQuery(root);
            return true;
        }
        catch (SyntaxException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Alternatives: <c>all (OR all)*</c>.</summary>
    private SearchNode Any()
    {
        var alternatives = new List<SearchNode> { All(afterOr: false) };
        while (Peek(Kind.Or))
        {
            _next++;
            alternatives.Add(All(afterOr: true));
        }

        return alternatives.Count == 1 ? alternatives[0] : new SearchAny(alternatives);
    }

    /// <summary>Terms side by side, each optionally after AND or NOT, up to an OR, a ")" or the end.</summary>
    private SearchNode All(bool afterOr)
    {
        var required = new List<SearchNode>();
        var excluded = new List<SearchNode>();
        while (_next < _tokens.Count && !Peek(Kind.Or) && !Peek(Kind.Close))
        {
            var token = _tokens[_next++];
            switch (token.Kind)
            {
                case Kind.And when required.Count == 0 && excluded.Count == 0:
                    throw new SyntaxException("AND needs words on both sides: raqqa AND mosul.");
                case Kind.And:
                    if (!StartsTerm() && !Peek(Kind.Not))
                    {
                        throw new SyntaxException("AND needs words on both sides: raqqa AND mosul.");
                    }

                    break;
                case Kind.Not:
                    if (!StartsTerm())
                    {
                        throw new SyntaxException("NOT needs a word or phrase after it: raqqa NOT mosul.");
                    }

                    excluded.Add(Unit());
                    break;
                default:
                    _next--;
                    required.Add(Unit());
                    break;
            }
        }

        if (required.Count == 0 && excluded.Count == 0)
        {
            throw new SyntaxException(afterOr || Peek(Kind.Or) ? "OR needs words on both sides: raqqa OR mosul." : "“( )” holds no words.");
        }

        if (required.Count == 0)
        {
            // "NOT mosul" alone would be nearly every report; FTS5 has no such query either.
            throw new SyntaxException("NOT needs words before it too, what to find and then what to leave out: raqqa NOT mosul.");
        }

        return excluded.Count == 0 && required.Count == 1 ? required[0] : new SearchAll(required, excluded);
    }

    /// <summary>A term or a bracketed query.</summary>
    private SearchNode Unit()
    {
        var token = _tokens[_next++];
        if (token.Kind == Kind.Term)
        {
            return token.Term!;
        }

        // StartsTerm() let only a term or "(" through.
        var inner = Any();
        if (!Peek(Kind.Close))
        {
            throw new SyntaxException("A “(” is not closed: every “(” needs its “)”, as in (raqqa OR mosul) NOT aleppo.");
        }

        _next++;
        return inner;
    }

    private bool StartsTerm() => Peek(Kind.Term) || Peek(Kind.Open);

    private bool Peek(Kind kind) => _next < _tokens.Count && _tokens[_next].Kind == kind;

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    throw new SyntaxException("A quote is not closed: a phrase goes between two quote marks, as in \"tell abyad\".");
                }

                AddTerm(tokens, Words(text[(i + 1)..close]), prefix: false);
                i = close + 1;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close));
                i++;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '(' or ')'))
                {
                    end++;
                }

                var word = text[i..end];
                switch (word)
                {
                    case "OR":
                        tokens.Add(new Token(Kind.Or));
                        break;
                    case "AND":
                        tokens.Add(new Token(Kind.And));
                        break;
                    case "NOT":
                        tokens.Add(new Token(Kind.Not));
                        break;
                    default:
                        AddTerm(tokens, Words(word), prefix: word.EndsWith('*'));
                        break;
                }

                i = end;
            }
        }

        return tokens;
    }

    // Punctuation alone ("--", "*", an empty phrase) is no term: the tokenizer would index nothing for it.
    private static void AddTerm(List<Token> tokens, List<string> words, bool prefix)
    {
        if (words.Count > 0)
        {
            tokens.Add(new Token(Kind.Term, new SearchTerm(words, prefix)));
        }
    }

    /// <summary>The letters-and-digits runs of <paramref name="text"/>: what the full-text tokenizer indexes.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
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
