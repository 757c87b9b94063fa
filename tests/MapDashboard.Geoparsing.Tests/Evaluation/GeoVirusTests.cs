using MapDashboard.Geoparsing.Evaluation;
using MapDashboard.Geoparsing.Tests.Fixtures;
using Xunit.Abstractions;

namespace MapDashboard.Geoparsing.Tests.Evaluation;

/// <summary>
/// The geoparser against the GeoVirus development set with the bundled gazetteer. Recognition and AUC are held
/// to issue 4's floors, raised to just below what they reach; resolution accuracy is guarded just below what it
/// reaches today (end to end 0.755, gold spans 0.732), still short of issue 11's 0.77 / 0.75: most misses are where a
/// large country or province is placed (GeoVirus puts the United States at Wikipedia's 40N 100W, 342 km from
/// the Factbook's 38N 97W; see gazetteer/README.md).
/// </summary>
[Trait("Category", "Slow")]
public class GeoVirusTests(ITestOutputHelper output)
{
    /// <summary>Recognition F1 on overlapping spans (0.924 after issue 11 recognised towns opening their government
    /// bodies and county names whole; measured 0.930 after speakers, middle initials and organisation runs were read
    /// as such; issue 11 asks 0.92).</summary>
    public const double RecognitionF1Floor = 0.928;

    /// <summary>Regression guard for acc@161 km with gold spans (0.727 before the level hints for given spans;
    /// 0.730 before a town lost to its own country of the name ("Mexico"); measured 0.732; issue 11 asks 0.75).</summary>
    public const double GoldSpanAccuracyGuard = 0.731;

    /// <summary>Regression guard for acc@161 km end to end (measured 0.755; issue 11 asks 0.77).</summary>
    public const double EndToEndAccuracyGuard = 0.753;

    /// <summary>Regression guard for the end-to-end AUC (measured 0.301; issue 4 asks at most 0.33).</summary>
    public const double EndToEndAucGuard = 0.303;

    /// <summary>The gold-span AUC (measured 0.321; issue 4 asks at most 0.33).</summary>
    public const double GoldSpanAucGuard = 0.325;

    [GeoVirusFact]
    public void GeoVirus_MeetsTheFloors()
    {
        var path = GeoVirusFactAttribute.GeoVirusPath ?? throw new FileNotFoundException("GeoVirus.xml is required when CI=true.");
        var report = new Evaluator(BundledGazetteer.Parser).Evaluate(CorpusReader.Read(path));
        output.WriteLine(report.ToString());

        Assert.True(report.OverlappingSpans.F1 >= RecognitionF1Floor, $"recognition F1 {report.OverlappingSpans.F1:0.000} < {RecognitionF1Floor}");
        Assert.True(report.GoldSpans.AccuracyAt161Km >= GoldSpanAccuracyGuard, $"gold-span acc@161 {report.GoldSpans.AccuracyAt161Km:0.000} < {GoldSpanAccuracyGuard}");
        Assert.True(report.EndToEnd.AccuracyAt161Km >= EndToEndAccuracyGuard, $"end-to-end acc@161 {report.EndToEnd.AccuracyAt161Km:0.000} < {EndToEndAccuracyGuard}");
        Assert.True(report.EndToEnd.Auc <= EndToEndAucGuard, $"end-to-end AUC {report.EndToEnd.Auc:0.000} > {EndToEndAucGuard}");
        Assert.True(report.GoldSpans.Auc <= GoldSpanAucGuard, $"gold-span AUC {report.GoldSpans.Auc:0.000} > {GoldSpanAucGuard}");
    }
}
