using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Evaluation;
using MapDashboard.Hosting;

namespace MapDashboard.Cli;

/// <summary>
/// <c>eval --corpus FILE [--json] [--gold-spans] [--errors] [--details FILE]</c>: runs the geoparser on a
/// standard corpus (GeoVirus, LGL/TR-News or GeoWebNews layout) and prints the standard metrics (Gritta et
/// al.), by the gold's kind of place where the corpus gives feature classes; <c>--details</c> writes one JSON
/// line per gold toponym, to read the errors by class.
/// </summary>
internal static class EvalVerb
{
    public static Command Create(Option<string?> data)
    {
        var corpus = new Option<FileInfo>("--corpus") { Description = "Corpus XML file (GeoVirus, LGL/TR-News or GeoWebNews layout)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var goldSpans = new Option<bool>("--gold-spans") { Description = "Also resolve the gold spans (resolution alone)" };
        var errors = new Option<bool>("--errors") { Description = "List the worst resolution errors" };
        var worst = new Option<int>("--worst") { Description = "How many errors --errors (and --json) list", DefaultValueFactory = _ => 25 };
        var details = new Option<FileInfo?>("--details") { Description = "Write one JSON line per gold toponym (what was recognised and resolved) to this file" };
        var adjectival = new Option<bool>("--count-adjectival") { Description = "Count demonyms and adjectives (\"Georgian\") as predicted toponyms: LGL annotates them, GeoVirus does not" };
        var command = new Command("eval", "Measure recognition and resolution on an annotated corpus.") { corpus, json, goldSpans, errors, worst, details, adjectival };
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(corpus)!;
            IReadOnlyList<EvalDocument> documents;
            try
            {
                documents = CorpusReader.Read(file.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException or FormatException)
            {
                await Console.Error.WriteLineAsync($"cannot read corpus {file.FullName}: {e.Message}");
                return 1;
            }

            await using var services = CommandLineVerbs.BuildServices(result, result.GetValue(data));
            var report = new Evaluator(services.GetRequiredService<Geoparser>()) { WorstCount = Math.Max(0, result.GetValue(worst)), CountAdjectival = result.GetValue(adjectival) }.Evaluate(documents);
            if (result.GetValue(details) is { } detailsFile)
            {
                try
                {
                    await File.WriteAllLinesAsync(detailsFile.FullName, report.Outcomes.Select(EvalDetails.JsonLine), cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"cannot write details to {detailsFile.FullName}: {e.Message}");
                    return 1;
                }
            }

            if (result.GetValue(json))
            {
                var options = new JsonSerializerOptions { WriteIndented = true };
                DashboardServices.ConfigureJson(options);
                Console.WriteLine(JsonSerializer.Serialize(report, options));
            }
            else
            {
                Console.Write(Format(report, result.GetValue(goldSpans), result.GetValue(errors)));
            }

            return 0;
        });
        return command;
    }

    private static string Format(EvaluationReport r, bool goldSpans, bool errors)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"documents {r.Documents}, gold toponyms {r.GoldToponyms}, text {r.TextMegabytes:0.000} MB, geoparsed in {r.EndToEndTime.TotalSeconds:0.00} s ({r.MegabytesPerSecond:0.00} MB/s)"),
            string.Create(c, $"recognition, exact spans:       P {r.ExactSpans.Precision:0.000}  R {r.ExactSpans.Recall:0.000}  F1 {r.ExactSpans.F1:0.000}"),
            string.Create(c, $"recognition, overlapping spans: P {r.OverlappingSpans.Precision:0.000}  R {r.OverlappingSpans.Recall:0.000}  F1 {r.OverlappingSpans.F1:0.000}"),
            Resolution("resolution, end to end (recognised toponyms)", r.EndToEnd),
        };
        lines.AddRange(r.EndToEndByClass.Select(kv => Resolution("  " + EvalDetails.ClassLabel(kv.Key), kv.Value)));
        if (goldSpans)
        {
            lines.Add(Resolution("resolution, gold spans", r.GoldSpans));
            lines.AddRange(r.GoldSpansByClass.Select(kv => Resolution("  " + EvalDetails.ClassLabel(kv.Key), kv.Value)));
        }

        if (errors)
        {
            lines.Add(goldSpans ? "worst errors (gold spans):" : "worst errors (end to end):");
            lines.AddRange((goldSpans ? r.WorstGoldSpans : r.WorstEndToEnd).Select(e =>
                string.Create(c, $"  {e.ErrorKm,8:0} km  {e.Name} -> {e.Predicted}  [{e.DocumentId} @{e.Start}]")));
        }

        return string.Join(Environment.NewLine, lines) + Environment.NewLine;

        string Resolution(string label, ResolutionScores s) => string.Create(c,
            $"{label}: n {s.Count} (unresolved {s.Unresolved})  acc@161km {s.AccuracyAt161Km:0.000}  mean {s.MeanErrorKm:0} km  median {s.MedianErrorKm:0} km  AUC {s.Auc:0.000}");
    }
}
