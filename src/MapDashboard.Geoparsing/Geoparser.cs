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
    private readonly ArticleDater _dater = new();

    /// <summary>Creates a geoparser over a gazetteer.</summary>
    public Geoparser(IGazetteer gazetteer, GeoparserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var o = options ?? new GeoparserOptions();
        Gazetteer = gazetteer;
        Options = o;
        _splitter = new ArticleSplitter(o);
        _recognizer = new ToponymRecognizer(gazetteer, o);
        _resolver = new ToponymResolver(gazetteer, o);
    }

    /// <summary>The gazetteer places come from.</summary>
    public IGazetteer Gazetteer { get; }

    /// <summary>The tunables in use.</summary>
    public GeoparserOptions Options { get; }

    /// <summary>Time spent in each stage since this instance was created.</summary>
    public GeoparserTimings Timings { get; } = new();

    /// <summary>The splitter this geoparser uses.</summary>
    public ArticleSplitter Splitter => _splitter;

    /// <summary>Splits a document into articles and parses each.</summary>
    public IReadOnlyList<GeoparsedArticle> Parse(SourceDocument document)
    {
        var start = Stopwatch.GetTimestamp();
        var articles = _splitter.Split(document);
        Timings.Add(GeoparserStage.Splitting, start);
        return articles.Select(ParseArticle).ToList();
    }

    /// <summary>Finds, resolves and dates the place mentions of one article.</summary>
    public GeoparsedArticle ParseArticle(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The text is built from title and body on each read: read it once, split its sentences once.
        var text = article.Text;
        var start = Stopwatch.GetTimestamp();
        var dateline = Dateline.FindInBody(text, article.BodyOffset);
        var sentences = SentenceSplitter.Split(text);
        var recognized = _recognizer.Recognize(text, dateline, sentences);
        Timings.Add(GeoparserStage.Recognition, start);
        return ResolveAndDate(article, text, dateline, sentences, recognized);
    }

    /// <summary>
    /// Resolves and dates given spans of an article instead of recognising them (evaluation with gold spans,
    /// or a reviewer's correction). Spans are (start, length) in UTF-16 code units of <see cref="ArticleText.Text"/>.
    /// </summary>
    public GeoparsedArticle ParseSpans(ArticleText article, IEnumerable<(int Start, int Length)> spans)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var recognized = spans.OrderBy(s => s.Start)
            .Select(s => new RecognizedMention(new PlaceMention(s.Start, s.Length, text.Substring(s.Start, s.Length), MentionRole.Event), true, LevelHint.None))
            .ToList();
        recognized = AbbreviationAliases.WithLongNames(text, recognized);
        return ResolveAndDate(article, text, Dateline.FindInBody(text, article.BodyOffset), SentenceSplitter.Split(text), recognized);
    }

    private GeoparsedArticle ResolveAndDate(ArticleText article, string text, Dateline? dateline, List<Sentence> sentences, IReadOnlyList<RecognizedMention> recognized)
    {
        var start = Stopwatch.GetTimestamp();
        var resolved = _resolver.Resolve(text, recognized);
        Timings.Add(GeoparserStage.Resolution, start);

        start = Stopwatch.GetTimestamp();
        var expressions = DateExpressionFinder.FindAll(text);
        var (date, dateEvidence) = _dater.Date(article, expressions, dateline);
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
