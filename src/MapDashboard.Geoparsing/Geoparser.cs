using System.Diagnostics;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing;

/// <summary>
/// The geoparser: splitting → recognition → (gazetteer lookup) → resolution → dating, each stage timed.
/// Thread-safe: one instance can parse many documents at once.
/// </summary>
public sealed class Geoparser
{
    private readonly ArticleSplitter _splitter;
    private readonly ToponymRecognizer _recognizer;
    private readonly ToponymResolver _resolver;

    /// <summary>Creates a geoparser over a gazetteer.</summary>
    public Geoparser(IGazetteer gazetteer, GeoparserOptions? options = null, GeoparserLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var o = options ?? new GeoparserOptions();
        Gazetteer = gazetteer;
        Options = o;
        Limits = limits ?? new GeoparserLimits();
        _splitter = new ArticleSplitter(o);
        _recognizer = new ToponymRecognizer(gazetteer, o);
        _resolver = new ToponymResolver(gazetteer, o);
    }

    /// <summary>The gazetteer places come from.</summary>
    public IGazetteer Gazetteer { get; }

    /// <summary>The tunables in use.</summary>
    public GeoparserOptions Options { get; }

    /// <summary>The bounds that keep time linear in the input.</summary>
    public GeoparserLimits Limits { get; }

    /// <summary>Time spent in each stage since this instance was created.</summary>
    public GeoparserTimings Timings { get; } = new();

    /// <summary>The splitter this geoparser uses.</summary>
    public ArticleSplitter Splitter => _splitter;

    /// <summary>
    /// Splits a document into articles and parses each. <paramref name="cancellationToken"/> is checked between
    /// articles and between windows of a long one, so a cancelled parse stops within a window's time (milliseconds).
    /// </summary>
    /// <exception cref="GeoparseLimitException">The document names more places than <see cref="GeoparserLimits.MaxMentionsPerDocument"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<GeoparsedArticle> Parse(SourceDocument document, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        if (LoneSurrogates.Replace(document.Content) is var content && !ReferenceEquals(content, document.Content)) document = document with { Content = content };
        var articles = _splitter.Split(document);
        Timings.Add(GeoparserStage.Splitting, start);
        var parsed = new List<GeoparsedArticle>(articles.Count);
        var mentions = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var one = ParseArticle(article, cancellationToken);
            mentions += one.Mentions.Count;
            if (mentions > Limits.MaxMentionsPerDocument)
            {
                throw new GeoparseLimitException($"it names more than {Limits.MaxMentionsPerDocument:N0} places (in its first {parsed.Count + 1:N0} of {articles.Count:N0} articles): split it into smaller files.");
            }
            parsed.Add(one);
        }
        return parsed;
    }

    /// <summary>Finds, resolves and dates the place mentions of one article.</summary>
    public GeoparsedArticle ParseArticle(ArticleText article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        article = article with { Title = LoneSurrogates.Replace(article.Title), Body = LoneSurrogates.Replace(article.Body) };
        // The text is built from title and body on each read: read it once, split its sentences once.
        var text = article.Text;
        var start = Stopwatch.GetTimestamp();
        var dateline = Dateline.FindInBody(text, article.BodyOffset);
        var sentences = SentenceSplitter.Split(text);
        var recognized = Recognize(text, dateline, sentences, cancellationToken);
        Timings.Add(GeoparserStage.Recognition, start);
        return ResolveAndDate(article, text, dateline, sentences, recognized, cancellationToken);
    }

    // A text over the window size is recognised a window of whole sentences at a time (sentences are bounded
    // by SentenceSplitter.MaxSentenceChars): the recogniser's context rules look around each name, and a 100 KB
    // line of capitalised words made their cost grow with the square of the text.
    private IReadOnlyList<RecognizedMention> Recognize(string text, Dateline? dateline, List<Sentence> sentences, CancellationToken cancellationToken)
    {
        var readable = LongTokens.Blank(text);
        if (readable.Length <= Limits.WindowChars) return Restore(text, readable, _recognizer.Recognize(readable, dateline, sentences));
        var all = new List<RecognizedMention>();
        var first = 0;
        while (first < sentences.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The first window starts at 0 so the dateline's offsets hold in it.
            var start = first == 0 ? 0 : sentences[first].Start;
            var last = first;
            while (last + 1 < sentences.Count && sentences[last + 1].End - start <= Limits.WindowChars) last++;
            var local = new List<Sentence>(last - first + 1);
            for (var i = first; i <= last; i++) local.Add(new Sentence(sentences[i].Start - start, sentences[i].Length));
            var window = readable[start..sentences[last].End];
            foreach (var m in _recognizer.Recognize(window, first == 0 ? dateline : null, local))
            {
                all.Add(start == 0 ? m : m with { Mention = m.Mention with { Start = m.Mention.Start + start } });
            }
            first = last + 1;
        }
        return Restore(text, readable, all);
    }

    // A mention never spans a blanked run (blanks are spaces), so its text is the same in both: checked, not assumed.
    private static IReadOnlyList<RecognizedMention> Restore(string text, string readable, IReadOnlyList<RecognizedMention> mentions) =>
        ReferenceEquals(text, readable) ? mentions : [.. mentions.Where(m => string.CompareOrdinal(text, m.Mention.Start, m.Mention.Text, 0, m.Mention.Length) == 0)];

    // The resolver weighs every mention against every other: resolved a bounded group at a time, in text order.
    private List<ResolvedMention> Resolve(string text, IReadOnlyList<RecognizedMention> recognized, CancellationToken cancellationToken)
    {
        var size = Limits.MentionsPerResolution;
        if (recognized.Count <= size) return [.. _resolver.Resolve(text, recognized)];
        var resolved = new List<ResolvedMention>(recognized.Count);
        var list = recognized as List<RecognizedMention> ?? [.. recognized];
        for (var i = 0; i < list.Count; i += size)
        {
            cancellationToken.ThrowIfCancellationRequested();
            resolved.AddRange(_resolver.Resolve(text, list.GetRange(i, Math.Min(size, list.Count - i))));
        }
        return resolved;
    }

    /// <summary>
    /// Resolves and dates given spans of an article instead of recognising them (evaluation with gold spans,
    /// or a reviewer's correction). Spans are (start, length) in UTF-16 code units of <see cref="ArticleText.Text"/>.
    /// </summary>
    public GeoparsedArticle ParseSpans(ArticleText article, IEnumerable<(int Start, int Length)> spans)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var ordered = spans.OrderBy(s => s.Start).ToList();
        var hints = PlaceLikeNames.HintsOf(text, ordered);
        var recognized = ordered
            .Select((s, i) => new RecognizedMention(new PlaceMention(s.Start, s.Length, text.Substring(s.Start, s.Length), MentionRole.Event), true, hints[i]))
            .ToList();
        recognized = AbbreviationAliases.WithLongNames(text, recognized);
        return ResolveAndDate(article, text, Dateline.FindInBody(text, article.BodyOffset), SentenceSplitter.Split(text), recognized, CancellationToken.None);
    }

    private GeoparsedArticle ResolveAndDate(ArticleText article, string text, Dateline? dateline, List<Sentence> sentences, IReadOnlyList<RecognizedMention> recognized, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var resolved = Resolve(text, recognized, cancellationToken);
        Timings.Add(GeoparserStage.Resolution, start);

        start = Stopwatch.GetTimestamp();
        var expressions = DateExpressionFinder.FindAll(text);
        var (date, dateEvidence) = ArticleDater.Date(article, expressions, dateline);
        var events = new EventDater(expressions, date);
        var mentions = new List<GeoparsedMention>(resolved.Count);
        foreach (var r in resolved)
        {
            var m = r.Recognized.Mention;
            var sentence = SentenceSplitter.Containing(sentences, m.Start) ?? new Sentence(m.Start, m.Length);
            var eventDate = m.Role == MentionRole.Dateline ? date : events.DateFor(m.Start, sentence.Start, sentence.Length);
            mentions.Add(new GeoparsedMention(m, r.Place, r.Confidence, r.Alternatives, r.Evidence, eventDate, sentence.Start, sentence.Length));
        }
        Timings.Add(GeoparserStage.Dating, start);
        return new GeoparsedArticle(article, date, mentions) { DateEvidence = dateEvidence };
    }
}
