using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Tests;
using MapDashboard.Tests.Browser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace MapDashboard.Tests.Cli;

/// <summary>
/// <c>synth --direct</c> on PostgreSQL (binary COPY), as a user runs it: the app's executable with
/// <c>--Database:Provider postgres --ConnectionStrings:MapDashboard</c> on a database of the test's own; then the
/// dashboard on that database counts what the verb says it stored.
/// </summary>
[OnPostgres]
[Trait("Category", "Slow")]
public sealed class SynthDirectOnPostgresTests : IAsyncLifetime
{
    private const int Events = 2_000;
    private const int Seed = 7;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mapdashboard-cli", Guid.NewGuid().ToString("n"));
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _connectionString = await TestPostgres.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await TestPostgres.DropDatabaseAsync(_connectionString);
        Directory.Delete(_folder, recursive: true);
    }

    [StoreFact]
    public async Task StoresExactlyTheEventsAskedForAndTheDashboardCountsThem()
    {
        var first = await SynthAsync();
        var again = await SynthAsync();

        Assert.True(first.ExitCode == 0, first.Error + first.Out);
        Assert.Contains($"{Events} events over", first.Out, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        async Task<long> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        const string Resolved = """FROM "Mentions" WHERE "PlaceId" IS NOT NULL AND "Location" IS NOT NULL""";
        Assert.Equal(Events, await Scalar($"SELECT count(*) {Resolved}"));
        Assert.Equal(Events, await Scalar($"""SELECT count(*) {Resolved} AND ST_SRID("Location") = 4326 AND ST_X("Location") = "Longitude" """));
        // A Zipf-like spread over thousands of places, as on SQLite (CommandLineVerbsTests).
        Assert.InRange(await Scalar($"""SELECT count(DISTINCT "PlaceId") {Resolved}"""), 600, Events);
        var articles = await Scalar("""SELECT count(*) FROM "Articles" """);
        Assert.Contains($": {articles} articles, ", first.Out, StringComparison.Ordinal);
        // The generated tsvector is filled by the server on COPY: every article carries its "Ref. SYN-..." line.
        Assert.Equal(articles, await Scalar("""SELECT count(*) FROM "Articles" WHERE "SearchVector" @@ to_tsquery('mapdashboard_search', 'ref')"""));
        // The given ids moved the identity sequences past them: the app's next insert takes a new id.
        Assert.Equal(articles + 1, await Scalar(
            """INSERT INTO "Articles" ("Title", "Text", "BodyOffset", "SourceName", "Position", "DatePrecision", "ContentHash", "IngestedAtUtc", "SourceFileId") """ +
            """SELECT 't', 'x', 0, 'n', 0, 'Unknown', 'new', now(), min("Id") FROM "SourceFiles" RETURNING "Id" """));
        await Scalar("""DELETE FROM "Articles" WHERE "ContentHash" = 'new' RETURNING 0""");
        // Same seed, same articles: refused, with the reason.
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"already holds seed {Seed}", again.Error, StringComparison.Ordinal);

        await using var app = new StoreApp(_connectionString);
        using var http = app.CreateClient();
        var summary = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/summary", UriKind.Relative));
        long Count(string name) => summary.GetProperty(name).GetInt64();
        Assert.Equal(articles, Count("reports"));
        Assert.Equal(Events, Count("datedEvents") + Count("undatedEvents"));
        Assert.Equal(await Scalar($"""SELECT count(*) {Resolved} AND "DateStart" IS NULL"""), Count("undatedEvents"));
    }

    private async Task<(int ExitCode, string Out, string Error)> SynthAsync()
    {
        using var process = System.Diagnostics.Process.Start(AppProcess.Command(
            "synth", "--direct", "--events", $"{Events}", "--seed", $"{Seed}", "--data", Path.Combine(_folder, "data"),
            "--Database:Provider", "postgres", "--ConnectionStrings:MapDashboard", _connectionString))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The dashboard on the synth's database, seeds off.</summary>
    private sealed class StoreApp(string connectionString) : WebApplicationFactory<Program>
    {
        private readonly string _data = Path.Combine(Path.GetTempPath(), "mapdashboard-tests", Guid.NewGuid().ToString("n"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("data", _data);
            builder.UseSetting("Seeds:Enabled", "false");
            builder.UseSetting(DatabaseSettings.ProviderKey, "postgres");
            builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", connectionString);
        }
    }
}
