using System.CommandLine;
using MapDashboard.Data.Ingestion;
using MapDashboard.Hosting;

namespace MapDashboard.Cli;

/// <summary><c>ingest PATH...</c>: adds files or folders to the database; unreadable files are reported and skipped.</summary>
internal static class IngestVerb
{
    public static Command Create(Option<string?> data)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to add", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Geoparse files or folders and add their articles and events to the database.") { paths };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = CommandLineVerbs.BuildServices(result, result.GetValue(data));
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.MigrateDatabaseAsync(cancellationToken);
            var ingestor = scope.ServiceProvider.GetRequiredService<FileIngestor>();
            var failures = 0;
            foreach (var file in await ingestor.IngestAsync(result.GetValue(paths)!, cancellationToken))
            {
                if (file.Error is not null)
                {
                    failures++;
                    await Console.Error.WriteLineAsync($"skipped: {file.Error}");
                }
                else if (file.Result!.AlreadyIngested)
                {
                    Console.WriteLine($"{file.Path}: already ingested");
                }
                else
                {
                    var r = file.Result;
                    Console.WriteLine($"{file.Path}: {r.ArticlesAdded} articles added ({r.ArticlesSkipped} already stored), {r.EventsAdded} events, {r.UnresolvedAdded} unresolved names");
                }
            }

            return failures == 0 ? 0 : 2;
        });
        return command;
    }
}
