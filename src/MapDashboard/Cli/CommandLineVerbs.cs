using System.CommandLine;
using MapDashboard.Data;
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

    // The store's choice as the web host takes it (--Database:Provider, --ConnectionStrings:MapDashboard); over the environment's.
    private static readonly Option<string?> Provider = new($"--{DatabaseSettings.ProviderKey}")
    {
        Description = "The store: sqlite (default) or postgres (also Database__Provider)", Recursive = true,
    };

    private static readonly Option<string?> ConnectionString = new($"--ConnectionStrings:{DatabaseSettings.ConnectionStringName}")
    {
        Description = "The store's connection string (also ConnectionStrings__MapDashboard)", Recursive = true,
    };

    public static Task<int> RunAsync(string[] args)
    {
        var data = new Option<string?>("--data") { Description = "Folder for the database and user gazetteer (default: ./data)", Recursive = true };
        var root = new RootCommand("MapDashboard: places reported in news articles, on a map. With no verb, serves the dashboard.");
        root.Options.Add(data);
        root.Options.Add(Provider);
        root.Options.Add(ConnectionString);
        root.Subcommands.Add(GeoparseVerb.Create(data));
        root.Subcommands.Add(IngestVerb.Create(data));
        root.Subcommands.Add(EvalVerb.Create(data));
        root.Subcommands.Add(GazetteerVerbs.Create(data));
        root.Subcommands.Add(SynthVerb.Create(data));
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Services for a verb, resolved against the data folder and the store the user chose.</summary>
    internal static ServiceProvider BuildServices(ParseResult result, string? dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        // The store's choice from the environment (Database__Provider, ConnectionStrings__MapDashboard) or the command line, as for the web host.
        var given = new Dictionary<string, string?>();
        if (result.GetValue(Provider) is { } provider)
        {
            given[DatabaseSettings.ProviderKey] = provider;
        }

        if (result.GetValue(ConnectionString) is { } connectionString)
        {
            given[$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = connectionString;
        }

        services.AddDashboard(AppPaths.Resolve(dataDirectory), new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(given).Build());
        return services.BuildServiceProvider();
    }
}
