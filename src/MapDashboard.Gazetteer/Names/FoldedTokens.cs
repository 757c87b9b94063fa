namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// The words of a text (<see cref="TextTokenizer"/>) with their folded forms laid end to end, one space apart,
/// in a single buffer. The folded key of any run of consecutive words is then a slice of that buffer, exactly
/// what joining the words' folded forms with spaces gives, so scanning a text for names allocates nothing per
/// word and copies nothing per candidate run ("deir", "deir ez", "deir ez zor" are three slices of one buffer).
/// </summary>
/// <remarks>Offsets into the text are UTF-16 code units; offsets into the buffer are private.</remarks>
internal sealed class FoldedTokens
{
    private Token[] _tokens;
    private char[] _folded;
    private int _foldedLength;

    /// <summary>Creates an empty sequence with room for a text of <paramref name="textLength"/> characters.</summary>
    public FoldedTokens(int textLength)
    {
        // About one word per six characters of news text and as many folded characters as text characters:
        // starting there, the buffers seldom grow.
        _tokens = new Token[Math.Max(16, textLength / 5)];
        _folded = new char[Math.Max(64, textLength + 16)];
    }

    /// <summary>Number of words.</summary>
    public int Count { get; private set; }

    /// <summary>Offset of word <paramref name="index"/> in the text.</summary>
    public int Start(int index) => _tokens[index].Start;

    /// <summary>Length of word <paramref name="index"/> in the text.</summary>
    public int Length(int index) => _tokens[index].Length;

    /// <summary>The offset just past word <paramref name="index"/> in the text.</summary>
    public int End(int index) => _tokens[index].Start + _tokens[index].Length;

    /// <summary>True when word <paramref name="index"/> starts with a capital letter.</summary>
    public bool IsCapitalised(int index) => _tokens[index].IsCapitalised;

    /// <summary>The folded form of word <paramref name="index"/>; never empty.</summary>
    public ReadOnlySpan<char> Folded(int index) => _folded.AsSpan(_tokens[index].FoldedStart, _tokens[index].FoldedLength);

    /// <summary>
    /// The folded forms of <paramref name="count"/> words from <paramref name="first"/> on, joined by single
    /// spaces: the key under which the gazetteer indexes the name those words spell.
    /// </summary>
    public ReadOnlySpan<char> Key(int first, int count)
    {
        int start = _tokens[first].FoldedStart;
        Token last = _tokens[first + count - 1];
        return _folded.AsSpan(start, last.FoldedStart + last.FoldedLength - start);
    }

    /// <summary>Adds a word: its place in the text and its folded form (not empty).</summary>
    public void Append(int start, int length, ReadOnlySpan<char> folded, bool isCapitalised)
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }
        int foldedStart = FoldedStartOfNext;
        int needed = foldedStart + folded.Length;
        if (needed > _folded.Length)
        {
            Array.Resize(ref _folded, Math.Max(needed, _folded.Length * 2));
        }
        if (Count > 0)
        {
            _folded[_foldedLength] = ' ';
        }
        folded.CopyTo(_folded.AsSpan(foldedStart));
        _tokens[Count++] = new Token(start, length, foldedStart, folded.Length, isCapitalised);
        _foldedLength = needed;
    }

    // The space that joins a word to the one before is written in front of it, so the buffer always holds
    // "first second third" and never a trailing space.
    private int FoldedStartOfNext => Count == 0 ? 0 : _foldedLength + 1;

    private readonly record struct Token(int Start, int Length, int FoldedStart, int FoldedLength, bool IsCapitalised);
}
