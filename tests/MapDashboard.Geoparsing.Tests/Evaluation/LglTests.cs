using MapDashboard.Geoparsing.Evaluation;
using MapDashboard.Geoparsing.Tests.Fixtures;
using Xunit.Abstractions;

namespace MapDashboard.Geoparsing.Tests.Evaluation;

/// <summary>
/// The geoparser against the LGL development set (local US news, GeoNames gold) with the bundled gazetteer.
/// Guards just below what issue 11's work reaches; of issue 11's floors (0.82 / 0.82 / 0.90 on populated places
/// / F1 0.78) all but populated places are met (gold spans 0.831, end to end 0.844, F1 0.786; populated places
/// 0.835), and the figures here are raised as they are.
/// </summary>
[Trait("Category", "Slow")]
public class LglTests(ITestOutputHelper output)
{
    /// <summary>acc@161 km with gold spans (0.689 before issue 11; 0.790 before the county-seat and named-division
    /// weighers; 0.812 before the nearby-names weigher, level hints for given spans and one place per name;
    /// 0.822 before division support weighed by prominence and the weights set on both dev sets; measured 0.831,
    /// issue 11's floor 0.82).</summary>
    public const double GoldSpanAccuracyGuard = 0.83;

    /// <summary>acc@161 km end to end, over the recognised toponyms (0.715 before issue 11; 0.771 before whole county
    /// names and the county-seat weigher; 0.814 before the nearby-names weigher and one place per name; measured
    /// 0.827 before places opening organisations' names and speakers read as people; 0.842 before division support
    /// weighed by prominence; measured 0.844, issue 11's floor 0.82).</summary>
    public const double EndToEndAccuracyGuard = 0.842;

    /// <summary>acc@161 km on populated places (feature class P), gold spans (0.647 before; 0.772 before the
    /// county-seat weigher; 0.803 before primary names first, the nearby-names weigher and one place per name;
    /// 0.816 before division support weighed by prominence (0.824) and the weights set on both dev sets; measured
    /// 0.835; issue 11 asks 0.90).</summary>
    public const double PopulatedPlaceGoldSpanAccuracyGuard = 0.833;

    /// <summary>Recognition F1 on overlapping spans (0.699 before; 0.725 before whole county names and the surname
    /// rules; 0.750 before places opening organisations' names, middle initials, speakers as people throughout
    /// the article and organisation runs cut at sentence edges; measured 0.786, issue 11's floor 0.78).</summary>
    public const double RecognitionF1Guard = 0.784;

    /// <summary>End-to-end AUC (0.303 before; 0.259 before the county-seat weigher; 0.231 before the nearby-names
    /// weigher; 0.223 before the recognition work above; 0.214 before division support weighed by prominence;
    /// measured 0.212; issue 11 asks at most 0.29).</summary>
    public const double EndToEndAucFloor = 0.214;

    [LglFact]
    public void Lgl_MeetsTheGuards()
    {
        var path = LglFactAttribute.LglPath ?? throw new FileNotFoundException("LGL-dev.xml is required when CI=true.");
        var report = new Evaluator(BundledGazetteer.Parser).Evaluate(CorpusReader.Read(path));
        output.WriteLine(report.ToString());

        var populated = report.GoldSpansByClass[GoldPlaceClass.PopulatedPlace].AccuracyAt161Km;
        Assert.True(report.GoldSpans.AccuracyAt161Km >= GoldSpanAccuracyGuard, $"gold-span acc@161 {report.GoldSpans.AccuracyAt161Km:0.000} < {GoldSpanAccuracyGuard}");
        Assert.True(report.EndToEnd.AccuracyAt161Km >= EndToEndAccuracyGuard, $"end-to-end acc@161 {report.EndToEnd.AccuracyAt161Km:0.000} < {EndToEndAccuracyGuard}");
        Assert.True(populated >= PopulatedPlaceGoldSpanAccuracyGuard, $"populated places, gold spans, acc@161 {populated:0.000} < {PopulatedPlaceGoldSpanAccuracyGuard}");
        Assert.True(report.OverlappingSpans.F1 >= RecognitionF1Guard, $"recognition F1 {report.OverlappingSpans.F1:0.000} < {RecognitionF1Guard}");
        Assert.True(report.EndToEnd.Auc <= EndToEndAucFloor, $"end-to-end AUC {report.EndToEnd.Auc:0.000} > {EndToEndAucFloor}");
    }
}
