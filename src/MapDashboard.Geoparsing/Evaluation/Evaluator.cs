using System.Diagnostics;
using System.Text;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Geoparsing.Evaluation;

/// <summary>
/// Measures the geoparser against a gold corpus: recognition precision/recall/F1 on exact and overlapping
/// spans; resolution accuracy@161 km, mean and median error and AUC, both end to end (on the recognised
/// toponyms that overlap gold) and with gold spans (the resolver given the gold spans).
/// </summary>
public sealed class Evaluator
{
    /// <summary>The largest distance between two points on Earth, kilometres: the error of an unresolved toponym.</summary>
    public const double MaxErrorKm = 20039;

    /// <summary>A toponym resolved within this distance of the gold counts as correct (100 miles).</summary>
    public const double AccuracyThresholdKm = 161;

    private readonly Geoparser _parser;
    private readonly Dictionary<string, NetTopologySuite.Geometries.Geometry?> _shapes = new(StringComparer.Ordinal);

    /// <summary>Creates an evaluator for a geoparser.</summary>
    public Evaluator(Geoparser parser) => _parser = parser;

    /// <summary>
    /// Whether adjectival mentions ("Syrian") count as predicted toponyms. Off by default: GeoVirus, LGL and
    /// GeoWebNews' toponym layer annotate names, not demonyms.
    /// </summary>
    public bool CountAdjectival { get; init; }

    /// <summary>How many of the worst errors to list.</summary>
    public int WorstCount { get; init; } = 25;

    /// <summary>Evaluates the parser on <paramref name="documents"/>.</summary>
    public EvaluationReport Evaluate(IReadOnlyList<EvalDocument> documents)
    {
        int exactTp = 0, overlapTp = 0, predicted = 0, gold = 0;
        var e2e = new List<ResolutionError>();
        var given = new List<ResolutionError>();
        var outcomes = new List<GoldOutcome>();
        var bytes = 0L;
        var clock = new Stopwatch();

        foreach (var doc in documents)
        {
            var article = doc.ToArticle();
            var shift = article.BodyOffset;
            bytes += Encoding.UTF8.GetByteCount(doc.Text);

            clock.Start();
            var parsed = _parser.ParseArticle(article);
            clock.Stop();

            var preds = parsed.Mentions
                .Where(m => CountAdjectival || m.Mention.Role != MentionRole.Adjectival)
                .Select(m => (Start: m.Mention.Start - shift, End: m.Mention.Start - shift + m.Mention.Length, Resolved: m))
                .ToList();
            predicted += preds.Count;
            gold += doc.Toponyms.Count;

            var goldSpans = doc.Toponyms.Select(t => (t.Start, t.End)).ToHashSet();
            exactTp += preds.Count(p => goldSpans.Contains((p.Start, p.End)));

            var used = new bool[preds.Count];
            var recognised = new GeoparsedMention?[doc.Toponyms.Count];
            for (var i = 0; i < doc.Toponyms.Count; i++)
            {
                var t = doc.Toponyms[i];
                var k = FindOverlap(preds, used, t);
                if (k < 0) continue;
                used[k] = true;
                overlapTp++;
                recognised[i] = preds[k].Resolved;
                if (t.HasCoordinates) e2e.Add(Error(doc, t, preds[k].Resolved.Place));
            }

            var spans = doc.Toponyms.Where(t => t.Start >= 0 && t.End <= doc.Text.Length).Select(t => (t.Start + shift, t.End - t.Start)).ToList();
            var resolved = _parser.ParseSpans(article, spans).Mentions;
            for (var i = 0; i < doc.Toponyms.Count; i++)
            {
                var t = doc.Toponyms[i];
                var m = resolved.FirstOrDefault(r => r.Mention.Start == t.Start + shift && r.Mention.Length == t.End - t.Start);
                if (t.HasCoordinates) given.Add(Error(doc, t, m?.Place));
                outcomes.Add(new GoldOutcome(doc.Id, t, recognised[i] is not null, Outcome(t, recognised[i]), Outcome(t, m)));
            }
        }

        return new EvaluationReport(
            documents.Count, gold,
            new RecognitionScores(exactTp, predicted, gold),
            new RecognitionScores(overlapTp, predicted, gold),
            Scores(e2e), Scores(given),
            e2e.OrderByDescending(e => e.ErrorKm).Take(WorstCount).ToList(),
            given.OrderByDescending(e => e.ErrorKm).Take(WorstCount).ToList(),
            bytes / 1e6, clock.Elapsed)
        {
            Outcomes = outcomes,
            EndToEndByClass = ByClass(outcomes, o => o.EndToEnd, o => o.Recognised),
            GoldSpansByClass = ByClass(outcomes, o => o.GoldSpans, _ => true),
        };
    }

    // Accuracy by the kind of gold place, where the corpus gives feature classes (LGL): end to end over the
    // recognised toponyms, as the overall figure is.
    private static Dictionary<GoldPlaceClass, ResolutionScores> ByClass(List<GoldOutcome> outcomes, Func<GoldOutcome, ResolvedOutcome?> pick, Func<GoldOutcome, bool> counted) =>
        outcomes.Where(o => o.Gold.PlaceClass is not null && o.Gold.HasCoordinates && counted(o))
            .GroupBy(o => o.Gold.PlaceClass!.Value)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Scores(g.Select(o => new ResolutionError(o.DocumentId, o.Gold.Name, o.Gold.Start,
                pick(o)?.Place is { } p ? p.Name : "(unresolved)", null, null, o.Gold.Latitude!.Value, o.Gold.Longitude!.Value, pick(o)?.ErrorKm ?? MaxErrorKm)).ToList()));

    private static ResolvedOutcome? Outcome(GoldToponym t, GeoparsedMention? m)
    {
        if (m is null) return null;
        double? km = m.Place is { } p && t.HasCoordinates ? GeoDistance.Km(p.Latitude, p.Longitude, t.Latitude!.Value, t.Longitude!.Value) : null;
        return new ResolvedOutcome(m.Place, m.Confidence, km ?? (t.HasCoordinates ? MaxErrorKm : null));
    }

    private static int FindOverlap(List<(int Start, int End, GeoparsedMention Resolved)> preds, bool[] used, GoldToponym t)
    {
        var best = -1;
        var bestOverlap = 0;
        for (var k = 0; k < preds.Count; k++)
        {
            if (used[k]) continue;
            var overlap = Math.Min(preds[k].End, t.End) - Math.Max(preds[k].Start, t.Start);
            if (overlap > bestOverlap) (best, bestOverlap) = (k, overlap);
        }
        return best;
    }

    private ResolutionError Error(EvalDocument doc, GoldToponym t, Place? place)
    {
        var km = place is null ? MaxErrorKm : GeoDistance.Km(place.Latitude, place.Longitude, t.Latitude!.Value, t.Longitude!.Value);
        var label = place is null ? "(unresolved)" : $"{place.Name}, {place.CountryCode} ({place.Id})";
        return new ResolutionError(doc.Id, t.Name, t.Start, label, place?.Latitude, place?.Longitude, t.Latitude!.Value, t.Longitude!.Value, km)
        {
            InPredictedCountry = place is { Level: PlaceLevel.Country } && km > AccuracyThresholdKm && CountryHolds(place.CountryCode, t.Latitude!.Value, t.Longitude!.Value),
        };
    }

    // Country shapes from Natural Earth can be invalid polygons: repaired once with a zero buffer.
    private bool CountryHolds(string countryCode, double latitude, double longitude)
    {
        if (!_shapes.TryGetValue(countryCode, out var shape))
        {
            shape = _parser.Gazetteer.CountryShape(countryCode);
            if (shape is { IsValid: false }) shape = shape.Buffer(0);
            _shapes[countryCode] = shape;
        }
        if (shape is null) return false;
        try
        {
            return shape.Covers(shape.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(longitude, latitude)));
        }
        catch (NetTopologySuite.Geometries.TopologyException)
        {
            return false;
        }
    }

    /// <summary>Accuracy@161, mean, median and AUC of a list of errors.</summary>
    public static ResolutionScores Scores(IReadOnlyList<ResolutionError> errors)
    {
        if (errors.Count == 0) return new ResolutionScores(0, 0, 0, 0, 0, 0);
        var km = errors.Select(e => e.ErrorKm).Order().ToArray();
        var median = km.Length % 2 == 1 ? km[km.Length / 2] : (km[km.Length / 2 - 1] + km[km.Length / 2]) / 2;
        return new ResolutionScores(
            km.Length,
            errors.Count(e => e.Predicted == "(unresolved)"),
            km.Count(e => e <= AccuracyThresholdKm) / (double)km.Length,
            km.Average(),
            median,
            Auc(km))
        {
            AccuracyCountryShapes = errors.Count(e => e.ErrorKm <= AccuracyThresholdKm || e.InPredictedCountry) / (double)km.Length,
        };
    }

    /// <summary>
    /// Gritta et al.'s AUC: the trapezoid area under ln(1 + error) over the sorted errors, divided by
    /// ln(20039) and by the number of intervals, so that 0 is perfect and 1 is every error at the antipode.
    /// </summary>
    public static double Auc(IReadOnlyList<double> sortedErrorsKm)
    {
        if (sortedErrorsKm.Count == 0) return 0;
        var points = sortedErrorsKm.Select(e => Math.Log(1 + e)).ToArray();
        if (points.Length == 1) return points[0] / Math.Log(MaxErrorKm);
        var area = 0.0;
        for (var i = 1; i < points.Length; i++) area += (points[i - 1] + points[i]) / 2;
        return area / (Math.Log(MaxErrorKm) * (points.Length - 1));
    }
}
