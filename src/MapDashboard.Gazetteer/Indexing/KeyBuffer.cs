using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>A reusable buffer that joins folded words with single spaces, the way folded names are keyed.</summary>
internal sealed class KeyBuffer
{
    private char[] _chars = new char[128];

    /// <summary>Tokens <paramref name="start"/> .. start + count − 1, folded, joined by spaces; valid until the next call.</summary>
    public ReadOnlySpan<char> Join(List<TextToken> tokens, int start, int count)
    {
        int length = count - 1;
        for (int k = start; k < start + count; k++)
        {
            length += tokens[k].Folded.Length;
        }
        if (length > _chars.Length)
        {
            _chars = new char[length * 2];
        }
        int written = 0;
        for (int k = start; k < start + count; k++)
        {
            if (k > start)
            {
                _chars[written++] = ' ';
            }
            tokens[k].Folded.CopyTo(_chars.AsSpan(written));
            written += tokens[k].Folded.Length;
        }
        return _chars.AsSpan(0, written);
    }
}
