using System.CommandLine;
using System.Text.Json;
using MapDashboard.Data.Ingestion;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Hosting;

namespace MapDashboard.Cli;

/// <summary><c>geoparse FILE...</c>: prints each file's articles and resolved mentions as JSON; stores nothing.</summary>
internal static class GeoparseVerb
{
    public static Command Create(Option<string?> data)
    {
        var files = new Argument<string[]>("files") { Description = "Files to geoparse", Arity = ArgumentArity.OneOrMore };
        var command = new Command("geoparse", "Print the articles and resolved place mentions of files as JSON (stores nothing).") { files };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CommandLineVerbs.BuildServices(result, result.GetValue(data));
            var geoparser = services.GetRequiredService<Geoparser>();
            var output = new List<GeoparseOutput.File>();
            var failed = false;
            foreach (var path in result.GetValue(files)!)
            {
                string text;
                try
                {
                    text = await File.ReadAllTextAsync(path, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"cannot read {path}: {e.Message}");
                    failed = true;
                    continue;
                }

                var articles = geoparser.Parse(new SourceDocument(Path.GetFileName(path), text, FileIngestor.MediaTypeOf(path)), cancellationToken);
                output.Add(GeoparseOutput.From(path, articles));
            }

            var json = new JsonSerializerOptions { WriteIndented = true };
            DashboardServices.ConfigureJson(json);
            Console.WriteLine(JsonSerializer.Serialize(output, json));
            return failed ? 1 : 0;
        });
        return command;
    }
}
