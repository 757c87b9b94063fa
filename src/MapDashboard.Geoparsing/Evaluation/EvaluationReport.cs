using System.Globalization;
using System.Text;

namespace MapDashboard.Geoparsing.Evaluation;

/// <summary>Span recognition scores.</summary>
/// <param name="TruePositives">Predicted spans matched to gold spans (one to one).</param>
/// <param name="Predicted">All predicted spans counted.</param>
/// <param name="Gold">All gold spans.</param>
public sealed record RecognitionScores(int TruePositives, int Predicted, int Gold)
{
    /// <summary>TP / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TP / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Resolution scores over toponyms with gold coordinates (Gritta et al., "A Pragmatic Guide to Geoparsing
/// Evaluation"). An unresolved toponym counts with the largest possible error, 20,039 km.
/// </summary>
/// <param name="Count">Toponyms scored.</param>
/// <param name="Unresolved">Of those, how many got no place.</param>
/// <param name="AccuracyAt161Km">Share with an error of at most 161 km (100 miles).</param>
/// <param name="MeanErrorKm">Mean error, kilometres.</param>
/// <param name="MedianErrorKm">Median error, kilometres.</param>
/// <param name="Auc">Area under the curve of ln(1 + error km) / ln(20039) over the sorted errors; 0 is perfect, lower is better.</param>
public sealed record ResolutionScores(int Count, int Unresolved, double AccuracyAt161Km, double MeanErrorKm, double MedianErrorKm, double Auc)
{
    /// <summary>
    /// Not a standard metric, a diagnostic: acc@161 when a country-level answer also counts as correct if the
    /// country's shape holds the gold point. It separates "chose the wrong place" from "chose the right country,
    /// whose dot (the gazetteer puts it on the capital) is far from the gold's centre point".
    /// </summary>
    public double AccuracyCountryShapes { get; init; }
}

/// <summary>One resolution error, for the "worst errors" list.</summary>
public sealed record ResolutionError(string DocumentId, string Name, int Start, string Predicted, double? PredictedLatitude, double? PredictedLongitude, double GoldLatitude, double GoldLongitude, double ErrorKm)
{
    /// <summary>True when the answer is a country whose shape holds the gold point (see <see cref="ResolutionScores.AccuracyCountryShapes"/>).</summary>
    public bool InPredictedCountry { get; init; }
}

/// <summary>What the geoparser made of one gold toponym, for <c>eval --details</c>.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Gold">The gold toponym, aligned.</param>
/// <param name="Recognised">Whether a recognised mention overlaps it.</param>
/// <param name="EndToEnd">The overlapping recognised mention's resolution; null when not recognised.</param>
/// <param name="GoldSpans">The resolution of the gold span itself; null when the resolver returned no mention for it.</param>
public sealed record GoldOutcome(string DocumentId, GoldToponym Gold, bool Recognised, ResolvedOutcome? EndToEnd, ResolvedOutcome? GoldSpans);

/// <summary>One resolution of a gold toponym.</summary>
/// <param name="Place">The chosen place, null when unresolved.</param>
/// <param name="Confidence">The resolver's confidence.</param>
/// <param name="ErrorKm">Distance to the gold point (the largest error when unresolved); null when the gold has no point.</param>
public sealed record ResolvedOutcome(Gazetteer.Place? Place, double Confidence, double? ErrorKm);

/// <summary>What <see cref="Evaluator.Evaluate"/> measured.</summary>
public sealed record EvaluationReport(
    int Documents,
    int GoldToponyms,
    RecognitionScores ExactSpans,
    RecognitionScores OverlappingSpans,
    ResolutionScores EndToEnd,
    ResolutionScores GoldSpans,
    IReadOnlyList<ResolutionError> WorstEndToEnd,
    IReadOnlyList<ResolutionError> WorstGoldSpans,
    double TextMegabytes,
    TimeSpan EndToEndTime)
{
    /// <summary>Every gold toponym and what became of it, in document order.</summary>
    public IReadOnlyList<GoldOutcome> Outcomes { get; init; } = [];

    /// <summary>End-to-end resolution scores (recognised toponyms) by the gold's kind of place, where the corpus gives it.</summary>
    public IReadOnlyDictionary<GoldPlaceClass, ResolutionScores> EndToEndByClass { get; init; } = new Dictionary<GoldPlaceClass, ResolutionScores>();

    /// <summary>Gold-span resolution scores by the gold's kind of place, where the corpus gives it.</summary>
    public IReadOnlyDictionary<GoldPlaceClass, ResolutionScores> GoldSpansByClass { get; init; } = new Dictionary<GoldPlaceClass, ResolutionScores>();

    /// <summary>End-to-end throughput in megabytes (10^6 bytes of UTF-8 article text) per second.</summary>
    public double MegabytesPerSecond => EndToEndTime.TotalSeconds == 0 ? 0 : TextMegabytes / EndToEndTime.TotalSeconds;

    /// <summary>A plain-text summary for the <c>eval</c> command.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"documents {Documents}, gold toponyms {GoldToponyms}, text {TextMegabytes:0.000} MB, end to end {EndToEndTime.TotalSeconds:0.00} s ({MegabytesPerSecond:0.00} MB/s)");
        sb.AppendLine(c, $"recognition exact:       P {ExactSpans.Precision:0.000}  R {ExactSpans.Recall:0.000}  F1 {ExactSpans.F1:0.000}");
        sb.AppendLine(c, $"recognition overlapping: P {OverlappingSpans.Precision:0.000}  R {OverlappingSpans.Recall:0.000}  F1 {OverlappingSpans.F1:0.000}");
        Line(sb, "resolution end to end", EndToEnd);
        Line(sb, "resolution gold spans", GoldSpans);
        foreach (var (kind, scores) in EndToEndByClass) Line(sb, $"  end to end, {kind}", scores);
        foreach (var (kind, scores) in GoldSpansByClass) Line(sb, $"  gold spans, {kind}", scores);
        sb.AppendLine("worst errors (gold spans):");
        foreach (var e in WorstGoldSpans)
            sb.AppendLine(c, $"  {e.ErrorKm,8:0} km  {e.Name} -> {e.Predicted}  [{e.DocumentId} @{e.Start}]");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string label, ResolutionScores r) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{label}: n {r.Count} (unresolved {r.Unresolved})  acc@161 {r.AccuracyAt161Km:0.000} (with country shapes {r.AccuracyCountryShapes:0.000})  mean {r.MeanErrorKm:0} km  median {r.MedianErrorKm:0} km  AUC {r.Auc:0.000}");
}
