using System.CommandLine;
using MapDashboard.Hosting;

namespace MapDashboard.Cli;

/// <summary>
/// The same executable's command-line verbs: <c>geoparse</c>, <c>ingest</c>, <c>gazetteer</c>, <c>eval</c>.
/// With no verb the app serves the dashboard (and takes ASP.NET Core's own options such as <c>--urls</c>).
/// </summary>
public static class CommandLineVerbs
{
    private static readonly string[] Verbs = ["geoparse", "ingest", "gazetteer", "eval", "synth", "--help", "-h", "-?", "--version"];

    /// <summary>Whether the arguments name a verb rather than options for the web host.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var data = new Option<string?>("--data") { Description = "Folder for the database and user gazetteer (default: ./data)", Recursive = true };
        var root = new RootCommand("MapDashboard: places reported in news articles, on a map. With no verb, serves the dashboard.");
        root.Options.Add(data);
        root.Subcommands.Add(GeoparseVerb.Create(data));
        root.Subcommands.Add(IngestVerb.Create(data));
        root.Subcommands.Add(EvalVerb.Create(data));
        root.Subcommands.Add(GazetteerVerbs.Create(data));
        root.Subcommands.Add(SynthVerb.Create(data));
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Services for a verb, resolved against the data folder the user chose.</summary>
    internal static ServiceProvider BuildServices(string? dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        // The store's choice from the environment (Database__Provider, ConnectionStrings__MapDashboard), as for the web host.
        services.AddDashboard(AppPaths.Resolve(dataDirectory), new ConfigurationBuilder().AddEnvironmentVariables().Build());
        return services.BuildServiceProvider();
    }
}
