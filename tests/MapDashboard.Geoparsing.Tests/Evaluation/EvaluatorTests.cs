using MapDashboard.Geoparsing.Evaluation;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    public void Auc_IsZeroForPerfectAndOneForAntipodal()
    {
        Assert.Equal(0, Evaluator.Auc([0, 0, 0]), 6);
        Assert.Equal(Math.Log(20040) / Math.Log(20039), Evaluator.Auc([20039, 20039]), 6);
    }

    [Fact]
    public void Scores_CountAccuracyMedianAndUnresolved()
    {
        var e = new Func<double, string, ResolutionError>((km, p) => new ResolutionError("d", "x", 0, p, null, null, 0, 0, km));

        var s = Evaluator.Scores([e(10, "a"), e(100, "b"), e(1000, "c"), e(Evaluator.MaxErrorKm, "(unresolved)")]);

        Assert.Equal(0.5, s.AccuracyAt161Km);
        Assert.Equal(550, s.MedianErrorKm);
        Assert.Equal(1, s.Unresolved);
    }

    [Fact]
    public void Evaluate_ScoresRecognitionAndResolution()
    {
        // "Palmyra" is gold at Tadmur; "Paris" is gold at Paris, France; "Homs" is not annotated (a false positive).
        const string text = "The Syrian army retook Palmyra near Homs. Talks followed in Paris.";
        var doc = new EvalDocument("d1", text,
        [
            new GoldToponym(23, 30, "Palmyra", 34.56, 38.28),
            new GoldToponym(60, 65, "Paris", 48.86, 2.35),
        ]);

        var report = new Evaluator(new Geoparser(SyriaFixture.Create())).Evaluate([doc]);

        Assert.Equal(2, report.OverlappingSpans.TruePositives);
        Assert.Equal(3, report.OverlappingSpans.Predicted);    // "Syrian" is adjectival and not counted
        Assert.Equal(1.0, report.OverlappingSpans.Recall);
        Assert.Equal(1.0, report.GoldSpans.AccuracyAt161Km);
        Assert.True(report.GoldSpans.MeanErrorKm < 10, $"mean error {report.GoldSpans.MeanErrorKm:0} km, expected under 10 km");
        Assert.Equal(1.0, report.EndToEnd.AccuracyAt161Km);
        Assert.Contains("acc@161", report.ToString());
    }

    [Fact]
    public void Evaluate_ReportsEachGoldToponymAndAccuracyByFeatureClass()
    {
        const string text = "The Syrian army retook Palmyra near Homs. Talks followed in Paris.";
        var doc = new EvalDocument("d1", text,
        [
            new GoldToponym(23, 30, "Palmyra", 34.56, 38.28, 170063, "P", "PPL"),
            // Gold says Paris, Texas: the resolver's Paris, France is 7,800 km off.
            new GoldToponym(60, 65, "Paris", 33.66, -95.56, 4717560, "P", "PPLA2"),
        ]);

        var report = new Evaluator(new Geoparser(SyriaFixture.Create())).Evaluate([doc]);

        Assert.Equal(2, report.Outcomes.Count);
        Assert.True(report.Outcomes[0].Recognised);
        Assert.True(report.Outcomes[0].GoldSpans!.ErrorKm < 10);
        Assert.True(report.Outcomes[1].GoldSpans!.ErrorKm > 7000);
        Assert.Equal(0.5, report.GoldSpansByClass[GoldPlaceClass.PopulatedPlace].AccuracyAt161Km);
        Assert.Equal(2, report.EndToEndByClass[GoldPlaceClass.PopulatedPlace].Count);
    }
}
