using System.Diagnostics;
using System.Text;
using CsCheck;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Fuzz;

/// <summary>
/// Random and mutated documents through every reader (plain text, front matter, HTML, RSS, Atom, JSON), the date
/// parser and the whole geoparser: nothing throws but the documented errors (<see cref="GeoparseLimitException"/>),
/// every mention's offsets hold in its article, and time per byte stays bounded. The inputs that once failed are
/// kept in <c>Fuzz/corpus/</c> and run every time.
/// </summary>
public class ReaderFuzzTests
{
    private static readonly Geoparser Parser = new(SyriaFixture.Create());

    private static readonly string?[] MediaTypes = [null, "text/plain", "text/markdown", "text/html", "application/rss+xml", "application/atom+xml", "application/json"];

    // Pieces of every format the readers know, so random strings reach deep into each reader.
    private static readonly string[] Pieces =
    [
        "Homs", "Raqqa", "Deir ez-Zor", "al-Bab", "Aleppo", "Syria", "Syrian", "Damascus", "Palmyra", "U.S.", "Gen.", "MOSCOW, March 17. /TASS/.",
        " ", " ", "\n", "\n\n", "\t", ".", ". ", ",", "-", "'s", "\"", "(", ")", "\u00A0", "\u2019", "\u0000", "\u0007", "\uFEFF", "\uD83D\uDE00", "\uD800",
        "on Friday", "17 March 2017", "March 2017", "2017-03-17", "2017-00-08", "2017-13-01", "last month", "since 2014", "February 30, 2017",
        "<", ">", "</", "/>", "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<h1>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#x0;", "&lol;",
        "<rss>", "<channel>", "<item>", "</item>", "<title>", "</title>", "<description>", "<![CDATA[", "]]>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "---\n", "title: ", "date: ", "source: ", "{", "}", "[", "]", "\"title\":", "\"text\":", "\"date\":", ":", "null", "1e999",
    ];

    private static readonly Gen<string> Documents = Gen.OneOf(Pieces).Array[0, 300].Select(p => string.Concat(p));

    private static readonly Gen<string> Mutated = Gen.Select(Gen.OneOf(Seeds()), Gen.Int[0, int.MaxValue].Array[1, 12], Gen.OneOf(Pieces), Mutate);

    private static string[] Seeds() =>
    [
        "Air strikes on Raqqa\n\nAir strikes hit Raqqa, Syria, on 2 April 2017, activists said.",
        "---\ntitle: Shelling in Homs\ndate: 2017-03-08\n---\nShelling hit Homs on Friday.",
        "<html><head><title>Homs</title></head><body><article><h1>Shelling in Homs</h1><p>Shelling hit Homs on 8 March 2017.</p></article></body></html>",
        "<rss><channel><title>SANA</title><item><title>Homs</title><description>&lt;p&gt;Shelling hit Homs.&lt;/p&gt;</description><pubDate>Fri, 17 Mar 2017 10:00:00 EST</pubDate></item></channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Aleppo</title><content>Clashes in Aleppo.</content><updated>2017-03-17</updated></entry></feed>",
        "[{\"title\":\"Air strikes on Raqqa\",\"text\":\"Air strikes hit Raqqa.\",\"date\":\"2017-03\"}]",
    ];

    private static string Mutate(string seed, int[] edits, string piece)
    {
        var text = new StringBuilder(seed);
        foreach (var e in edits)
        {
            var at = e % (text.Length + 1);
            switch (e % 3)
            {
                case 0: text.Insert(at, piece); break;
                case 1 when at < text.Length: text.Remove(at, Math.Min(text.Length - at, 1 + e % 7)); break;
                default: text.Insert(at, text.ToString(0, Math.Min(at, 40))); break;
            }
        }
        return text.ToString();
    }

    private static void ParsesWithinBounds(string content, string? mediaType)
    {
        IReadOnlyList<GeoparsedArticle> articles;
        try
        {
            articles = Parser.Parse(new SourceDocument("fuzz", content, mediaType));
        }
        catch (GeoparseLimitException)
        {
            return;
        }
        foreach (var a in articles)
        {
            var text = a.Article.Text;
            foreach (var m in a.Mentions)
            {
                Assert.InRange(m.Mention.Start, 0, text.Length);
                Assert.Equal(m.Mention.Text, text.Substring(m.Mention.Start, m.Mention.Length));
                Assert.InRange(m.SentenceLength, 0, SentenceSplitter.MaxSentenceChars);
            }
        }
    }

    [Fact]
    public void RandomDocumentsInEveryFormatNeverThrow() =>
        Gen.Select(Documents, Gen.OneOf(MediaTypes)).Sample((content, mediaType) => ParsesWithinBounds(content, mediaType), iter: 400, threads: 1);

    [Fact]
    public void MutatedDocumentsInEveryFormatNeverThrow() =>
        Gen.Select(Mutated, Gen.OneOf(MediaTypes)).Sample((content, mediaType) => ParsesWithinBounds(content, mediaType), iter: 400, threads: 1);

    [Fact]
    public void TheDateParserNeverThrowsAndItsSpansHold()
    {
        Gen.String.Sample(value => FrontMatterReader.ParseDate(value), iter: 2_000);
        Documents.Sample(text =>
        {
            FrontMatterReader.ParseDate(text);
            foreach (var e in DateExpressionFinder.FindAll(text)) Assert.InRange(e.Start + e.Length, 0, text.Length);
            DateExpressionFinder.LatestCompleteDate(text);
        }, iter: 1_000);
    }

    public static TheoryData<string> Corpus() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void InputsThatOnceFailedAreReadInEveryFormatInBoundedTimePerByte(string file)
    {
        var content = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus", file));
        foreach (var mediaType in MediaTypes)
        {
            var watch = Stopwatch.StartNew();
            ParsesWithinBounds(content, mediaType);
            // Generous: today these take under 20 µs a character; the shapes kept here once took seconds for kilobytes.
            Assert.True(watch.Elapsed.TotalMilliseconds < 500 + content.Length * 0.2, $"{file} as {mediaType ?? "sniffed"}: {watch.ElapsedMilliseconds} ms for {content.Length} chars");
        }
    }
}
