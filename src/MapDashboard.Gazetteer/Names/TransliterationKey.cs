using System.Collections.Frozen;

namespace MapDashboard.Gazetteer.Names;

/// <summary>
/// A looser key than <see cref="NameFolder"/>, under which romanisations of the same Arabic or
/// Cyrillic name meet: "Deir Ezzor", "Deir Ezzur", "Deir ez-Zor" and "Dayr az Zawr" all give "derzur";
/// "al-Tabaqa" and "Tabaqah" give "tabaka"; "Kiev" and "Kyiv" give "kiv"; "Kharkov" and "Kharkiv" give "karkiv".
/// </summary>
/// <remarks>
/// The key is lossy on purpose and unrelated names share it ("Homs" and "Hums"), so a match through
/// it ranks below every exact or folded match (<see cref="NameMatchKind.Transliterated"/>).
/// Rules, applied to the folded name in this order:
/// <list type="number">
/// <item>Separate Arabic articles are dropped ("ar raqqah" → "raqqah"; list in <c>Data/arabic-articles.txt</c>),
/// and so is an article glued to a later word by a doubled sun letter ("ezzor" → "zor").</item>
/// <item>Abbreviated words are spelt out ("st" → "saint", "ft" → "fort"; <c>Data/name-abbreviations.tsv</c>).</item>
/// <item>Spaces go ("deir zor" → "deirzor").</item>
/// <item>y → i, w → u (Dayr/Deir, Zawr/Zaur).</item>
/// <item>Digraphs: ei, ai → e; ie → i; au, ou, oo → u; dh → z; th → t; kh → k; gh → g; ph → f; ck → k.</item>
/// <item>Single letters: o → u, q → k (Zor/Zur, Raqqa/Rakka).</item>
/// <item>A final h after a vowel goes ("raqqah" → "raqqa").</item>
/// <item>Doubled letters collapse ("rakka" → "raka", "kiiv" → "kiv").</item>
/// <item>A final "uv" becomes "iv": the Russian -ov of Kharkov, Lvov is the Ukrainian -iv of Kharkiv, Lviv.</item>
/// </list>
/// </remarks>
public static class TransliterationKey
{
    private static readonly FrozenSet<string> Articles =
        EmbeddedData.Lines("arabic-articles.txt").Select(l => l.Line.Trim()).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<char> SunLetters = "tdrzsnl".ToFrozenSet();

    private static readonly FrozenDictionary<string, string> Abbreviations = EmbeddedData.Lines("name-abbreviations.tsv")
        .Select(l => l.Line.Split('\t'))
        .ToFrozenDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The transliteration key of an already folded name (<see cref="NameFolder.Fold(string)"/>).</summary>
    public static string FromFolded(string folded) => FromFolded(folded.AsSpan());

    /// <summary>The transliteration key of an already folded name (<see cref="NameFolder.Fold(string)"/>).</summary>
    public static string FromFolded(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return "";
        }
        // Room for abbreviations spelt out ("st" → "saint": at most 3 more letters per 2-letter word).
        int room = folded.Length * 3;
        Span<char> joined = room <= 1024 ? stackalloc char[room] : new char[room];
        int length = JoinWithoutArticles(folded, joined);
        Span<char> rewritten = length <= 512 ? stackalloc char[length] : new char[length];
        return new string(rewritten[..Rewrite(joined[..length], rewritten)]);
    }

    /// <summary>True when the folded word is an Arabic article ("al", "ez", "ash"...; <c>Data/arabic-articles.txt</c>).</summary>
    public static bool IsArticle(string foldedWord) => IsArticle(foldedWord.AsSpan());

    /// <summary>True when the folded word is an Arabic article ("al", "ez", "ash"...; <c>Data/arabic-articles.txt</c>).</summary>
    /// <remarks>Most words are longer than any article: the length test spares them the hashing.</remarks>
    public static bool IsArticle(ReadOnlySpan<char> foldedWord) =>
        foldedWord.Length <= LongestArticle && ArticleLookup.Contains(foldedWord);

    /// <summary>The transliteration key of a name as written.</summary>
    public static string Of(string name) => FromFolded(NameFolder.Fold(name));

    private static int JoinWithoutArticles(ReadOnlySpan<char> folded, Span<char> destination)
    {
        int written = Join(folded, destination, skipArticles: true);
        // A name made only of articles ("El") keeps them: nothing else would be left.
        return written > 0 ? written : Join(folded, destination, skipArticles: false);
    }

    private static int Join(ReadOnlySpan<char> folded, Span<char> destination, bool skipArticles)
    {
        int written = 0;
        bool first = true;
        foreach (Range range in folded.Split(' '))
        {
            ReadOnlySpan<char> token = folded[range];
            bool isFirst = first;
            first = false;
            if (skipArticles && IsArticle(token))
            {
                continue;
            }
            ReadOnlySpan<char> kept = token.Length <= MaxAbbreviationLength && AbbreviationLookup.TryGetValue(token, out string? full) ? full
                : isFirst ? token : StripGluedArticle(token);
            kept.CopyTo(destination[written..]);
            written += kept.Length;
        }
        return written;
    }

    private const int MaxAbbreviationLength = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup =
        Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestArticle = Articles.Max(a => a.Length);

    // "Ezzor" in "Deir Ezzor" is the article "ez" glued to "Zor": a vowel, then a doubled sun letter.
    // Only after the first word, so "Arras" or "Essen" standing alone keep their first letters.
    private static ReadOnlySpan<char> StripGluedArticle(ReadOnlySpan<char> token) =>
        token.Length >= 5 && token[0] is 'a' or 'e' && token[1] == token[2] && SunLetters.Contains(token[1])
            ? token[2..]
            : token;

    // Digraphs and single letters, then the final h, then doubled letters, then -uv → -iv.
    private static int Rewrite(ReadOnlySpan<char> s, Span<char> result)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = Single(s[i]);
            char next = i + 1 < s.Length ? Single(s[i + 1]) : '\0';
            char digraph = Digraph(c, next);
            if (digraph != '\0')
            {
                result[n++] = digraph;
                i++;
                continue;
            }
            result[n++] = c switch { 'o' => 'u', 'q' => 'k', _ => c };
        }
        if (n > 2 && result[n - 1] == 'h' && result[n - 2] is 'a' or 'e' or 'i' or 'u')
        {
            n--;
        }
        int collapsed = 0;
        for (int i = 0; i < n; i++)
        {
            if (collapsed == 0 || result[i] != result[collapsed - 1])
            {
                result[collapsed++] = result[i];
            }
        }
        if (collapsed > 3 && result[collapsed - 2] == 'u' && result[collapsed - 1] == 'v')
        {
            result[collapsed - 2] = 'i';
        }
        return collapsed;
    }

    private static char Single(char c) => c switch { 'y' => 'i', 'w' => 'u', _ => c };

    private static char Digraph(char a, char b) => (a, b) switch
    {
        ('e', 'i') or ('a', 'i') => 'e',
        ('i', 'e') => 'i',
        ('a', 'u') or ('o', 'u') or ('o', 'o') => 'u',
        ('d', 'h') => 'z',
        ('t', 'h') => 't',
        ('k', 'h') => 'k',
        ('g', 'h') => 'g',
        ('p', 'h') => 'f',
        ('c', 'k') => 'k',
        _ => '\0',
    };
}
