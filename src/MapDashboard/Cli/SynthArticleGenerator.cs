using System.Globalization;
using System.Text;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Cli;

/// <summary>A place mention as <c>synth --direct</c> stores it; offsets are UTF-16 code units of the article's text.</summary>
internal sealed record SynthMention(
    SynthPlace Place, int Start, int Length, string Text, MentionRole Role, double Confidence,
    DateOnly? Date, DatePrecision Precision, int SentenceStart, int SentenceLength);

/// <summary>An article as <c>synth --direct</c> stores it: <see cref="Text"/> is the title, a blank line, then the body.</summary>
internal sealed record SynthArticle(string Title, string Text, int BodyOffset, string? Source, DateOnly? Date, DatePrecision Precision, IReadOnlyList<SynthMention> Mentions);

/// <summary>
/// Writes the articles of <c>synth --direct</c> as the geoparser would have stored them, without running it: a title,
/// an optional dateline naming the first place ("ALEPPO, 3 March 2023 (Reuters) - "), then one dated sentence per
/// mention and some filler. Dates fall in one year from <see cref="FirstDay"/>; a small share of articles are undated
/// and some mentions are dated to the month only, as real reports are. The same seed writes the same articles.
/// </summary>
internal sealed class SynthArticleGenerator(SynthPlacePool places, Random random, int seed)
{
    /// <summary>The first day of the year the articles are dated in.</summary>
    public static readonly DateOnly FirstDay = new(2023, 1, 1);

    /// <summary>Days the dates spread over.</summary>
    public const int Days = 365;

    /// <summary>Share of articles with no date at all: their mentions are undated events.</summary>
    public const double UndatedShare = 0.04;

    /// <summary>Share of dated mentions known to the month only ("in March").</summary>
    public const double MonthShare = 0.05;

    /// <summary>Share of articles that open on a dateline (the first place, where the report was filed).</summary>
    public const double DatelineShare = 0.3;

    /// <summary>Share of country mentions that stand for the government ("Turkey said"): the actor role.</summary>
    public const double ActorShare = 0.35;

    /// <summary>Share of sentences followed by a filler sentence naming no place.</summary>
    public const double FillerShare = 0.4;

    /// <summary>Mentions per article, 1 to 5, weighted: about 2.7 on average, a few per report.</summary>
    private static readonly double[] MentionCountWeights = [0.2, 0.3, 0.25, 0.15, 0.1];

    /// <summary>News sources by how often they file, most first; about one article in twenty names none.</summary>
    private static readonly string?[] Sources =
        ["Reuters", "Reuters", "Reuters", "AFP", "AFP", "AP", "AP", "BBC", "Al Jazeera", "Anadolu", "TASS", "Xinhua", "SANA", "Kurdistan 24", "Local media", null];

    private static readonly string[] Headlines =
        ["Clashes reported as talks stall", "Aid convoys reach besieged districts", "Thousands flee fighting", "Officials meet over ceasefire",
         "Protesters gather despite ban", "Air strikes hit supply routes", "Floods cut off villages", "Election count under way"];

    private static readonly string[] EventPhrases =
        ["clashes were reported in", "air strikes hit", "aid convoys reached", "residents fled", "officials met in", "protesters gathered in",
         "shelling was heard in", "a curfew was imposed in"];

    private static readonly string[] ActorPhrases = ["said it would send aid", "condemned the attacks", "called for talks", "denied any involvement"];

    private static readonly string[] Fillers =
        ["Casualty figures could not be independently verified.", "Residents said the situation remained tense.",
         "The United Nations called for calm.", "More than a dozen families were displaced, local sources said."];

    private int _articles;

    /// <summary>The next article, naming <paramref name="mentions"/> places (1 or more).</summary>
    public SynthArticle Next(int mentions)
    {
        _articles++;
        var source = Sources[random.Next(Sources.Length)];
        var undated = random.NextDouble() < UndatedShare;
        DateOnly? date = undated ? null : FirstDay.AddDays(random.Next(Days));
        var title = Headlines[random.Next(Headlines.Length)];
        var text = new StringBuilder(title).Append("\n\n");
        var bodyOffset = text.Length;
        var list = new List<SynthMention>(mentions);
        for (var i = 0; i < mentions; i++)
        {
            var place = places.Pick(random);
            var confidence = Math.Round(0.5 + random.NextDouble() * 0.5, 3);
            if (i == 0 && random.NextDouble() < DatelineShare)
            {
                // "ALEPPO, 3 March 2023 (Reuters) - ": filed from the first place, dated as the article.
                var name = place.Place.Name.ToUpperInvariant();
                var start = text.Length;
                text.Append(name).Append(", ");
                text.Append(date is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "undated");
                text.Append(source is null ? " - " : $" ({source}) - ");
                list.Add(Mention(place, start, name, MentionRole.Dateline, confidence, date, start, text.Length - start));
                continue;
            }

            var (day, precision) = date is { } articleDate ? MentionDate(articleDate) : (null, DatePrecision.Unknown);
            var sentenceStart = text.Length;
            var role = place.Place.Level == Gazetteer.PlaceLevel.Country && random.NextDouble() < ActorShare ? MentionRole.Actor : MentionRole.Event;
            int mentionStart;
            if (role == MentionRole.Actor)
            {
                mentionStart = text.Length;
                text.Append(place.Place.Name).Append(' ').Append(ActorPhrases[random.Next(ActorPhrases.Length)]).Append(When(day, precision, " ")).Append('.');
            }
            else
            {
                var phrase = EventPhrases[random.Next(EventPhrases.Length)];
                text.Append(day is null ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : $"{When(day, precision, "")} {phrase}").Append(' ');
                mentionStart = text.Length;
                text.Append(place.Place.Name).Append('.');
            }

            list.Add(new SynthMention(place, mentionStart, place.Place.Name.Length, place.Place.Name, role, confidence, day, precision,
                sentenceStart, text.Length - sentenceStart));
            text.Append(' ');
            if (random.NextDouble() < FillerShare)
            {
                text.Append(Fillers[random.Next(Fillers.Length)]).Append(' ');
            }
        }

        // Real articles differ; synthetic ones built from a few phrases could repeat, and the store keys articles by text.
        text.Append(CultureInfo.InvariantCulture, $"Ref. SYN-{seed}-{_articles:D7}.");
        return new SynthArticle(title, text.ToString(), bodyOffset, source, date, date is null ? DatePrecision.Unknown : DatePrecision.Day, list);
    }

    /// <summary>Articles until they name exactly <paramref name="events"/> places, the last one cut short to fit.</summary>
    public IEnumerable<SynthArticle> Articles(int events)
    {
        for (var written = 0; written < events;)
        {
            var next = Next(Math.Min(NextMentionCount(), events - written));
            written += next.Mentions.Count;
            yield return next;
        }
    }

    /// <summary>The name of the synthetic source file (a "file" of reports) with id <paramref name="fileId"/>.</summary>
    public static string FileName(int seed, long fileId) => $"synth-direct-{seed}-{fileId:D6}";

    /// <summary>How many places the next article names.</summary>
    public int NextMentionCount()
    {
        var roll = random.NextDouble();
        for (var i = 0; i < MentionCountWeights.Length; i++)
        {
            if (roll < MentionCountWeights[i])
            {
                return i + 1;
            }

            roll -= MentionCountWeights[i];
        }

        return MentionCountWeights.Length;
    }

    private static SynthMention Mention(SynthPlace place, int start, string text, MentionRole role, double confidence, DateOnly? date, int sentenceStart, int sentenceLength) =>
        new(place, start, text.Length, text, role, confidence, date, date is null ? DatePrecision.Unknown : DatePrecision.Day, sentenceStart, sentenceLength);

    // A report's events happen on its day or the two before; some are known to the month only.
    private (DateOnly?, DatePrecision) MentionDate(DateOnly articleDate)
    {
        var day = articleDate.AddDays(-random.Next(3));
        return random.NextDouble() < MonthShare ? (new DateOnly(day.Year, day.Month, 1), DatePrecision.Month) : (day, DatePrecision.Day);
    }

    private static string When(DateOnly? day, DatePrecision precision, string prefix) => day switch
    {
        null => "",
        { } d when precision == DatePrecision.Month => $"{prefix}{(prefix.Length == 0 ? "In" : "in")} {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
        { } d => $"{prefix}{(prefix.Length == 0 ? "On" : "on")} {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
    };
}
