using System.Net;
using System.Text;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Tests;
using MapDashboard.Hosting;
using MapDashboard.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MapDashboard.Tests.Hosting;

/// <summary>Imports as jobs on disk: a restarted server finishes what was accepted, a job can be cancelled, a watched folder feeds jobs.</summary>
public abstract class ImportJobTests(DatabaseProvider provider) : IDisposable
{
    private string? _postgres;

    private const string RaqqaReport = "Air strikes on Raqqa\n\nAir strikes hit Raqqa, Syria, on 2 April 2017, activists said.";
    private const string MosulReport = "Fighting near Mosul\n\nOn 3 March 2017 clashes were reported in Mosul, Iraq.";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "mapdashboard-tests", Guid.NewGuid().ToString("n"));

    private ImportJobStore Store => new(new AppPaths(AppPaths.FindRoot(), _data));

    private WebApplicationFactory<Program> App(string? watchFolder = null) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("data", _data);
        b.UseSetting("Seeds:Enabled", "false");
        if (watchFolder is not null) b.UseSetting(FolderWatcher.FolderKey, watchFolder);
        if (provider == DatabaseProvider.Postgres)
        {
            // One database for the test: a restarted server finds what the first one stored.
            _postgres ??= TestPostgres.CreateDatabaseAsync().GetAwaiter().GetResult();
            b.UseSetting(DatabaseSettings.ProviderKey, "postgres");
            b.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _postgres);
        }
    });

    private static async Task<JsonElement> WaitForJobAsync(HttpClient client, Func<JsonElement, bool> done)
    {
        for (var i = 0; i < 600; i++)
        {
            using var jobs = JsonDocument.Parse(await client.GetStringAsync("/api/imports"));
            var found = jobs.RootElement.EnumerateArray().Where(done).ToList();
            if (found.Count > 0) return found[0].Clone();
            await Task.Delay(100);
        }
        throw new TimeoutException("no import job finished in 60 s");
    }

    [StoreFact]
    public async Task AJobAcceptedBeforeACrashIsFinishedWhenTheServerStartsAgain()
    {
        // As left by kill -9 after accepting: the files on disk, the first already stored and reported, the rest pending.
        var id = Store.Create("upload", [("raqqa.txt", Encoding.UTF8.GetBytes(RaqqaReport)), ("mosul.txt", Encoding.UTF8.GetBytes(MosulReport))], new Dictionary<int, UploadOutcome>());
        Store.Finish(id, 0, new UploadOutcome("raqqa.txt", 1, 1, 0, false, null));

        using var app = App();
        var client = app.CreateClient();
        var job = await WaitForJobAsync(client, j => j.GetProperty("id").GetString() == id && j.GetProperty("state").GetString() == "done");

        var files = job.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("outcome")).ToList();
        Assert.Equal(1, files[1].GetProperty("articles").GetInt32());
        Assert.True(files[1].GetProperty("events").GetInt32() >= 1);
        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/events?q=%22Fighting%20near%20Mosul%22"));
        Assert.True(events.RootElement.GetProperty("features").GetArrayLength() > 0);
        // The file reported before the crash was not geoparsed again: nothing of it is in the store.
        using var raqqa = JsonDocument.Parse(await client.GetStringAsync("/api/events?q=%22Air%20strikes%20on%20Raqqa%22"));
        Assert.Equal(0, raqqa.RootElement.GetProperty("features").GetArrayLength());
    }

    [StoreFact]
    public async Task ACancelledJobReportsItsPendingFilesCancelledAndStoresNothing()
    {
        using var app = App();
        var client = app.CreateClient();
        var (token, _) = await ImportPageTests.TokenAsync(client);
        // Written while the server runs but not queued: it stays pending until cancelled.
        var id = Store.Create("upload", [("mosul.txt", Encoding.UTF8.GetBytes(MosulReport))], new Dictionary<int, UploadOutcome>());

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports/{id}/cancel");
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await WaitForJobAsync(client, j => j.GetProperty("id").GetString() == id && j.GetProperty("state").GetString() == "cancelled");
        Assert.Contains("cancelled", job.GetProperty("files")[0].GetProperty("outcome").GetProperty("error").GetString(), StringComparison.Ordinal);
        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/events?q=%22Fighting%20near%20Mosul%22"));
        Assert.Equal(0, events.RootElement.GetProperty("features").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/imports/20990101T000000000-abcdef")).StatusCode);
    }

    [StoreFact]
    public async Task AFileDroppedInTheWatchedFolderIsIngestedOnceAsAJob()
    {
        var folder = Path.Combine(_data, "inbox");
        Directory.CreateDirectory(folder);
        using var app = App(folder);
        var client = app.CreateClient();

        await File.WriteAllTextAsync(Path.Combine(folder, "mosul.txt"), MosulReport);
        var job = await WaitForJobAsync(client, j => j.GetProperty("source").GetString() == "watched folder" && j.GetProperty("state").GetString() == "done");

        var outcome = job.GetProperty("files")[0].GetProperty("outcome");
        Assert.Equal("mosul.txt", outcome.GetProperty("name").GetString());
        Assert.Equal(1, outcome.GetProperty("articles").GetInt32());
        // The same bytes under another name: already stored, so no second job.
        await File.WriteAllTextAsync(Path.Combine(folder, "copy.txt"), MosulReport);
        await Task.Delay(FolderWatcher.Poll * 4);
        using var jobs = JsonDocument.Parse(await client.GetStringAsync("/api/imports"));
        Assert.Single(jobs.RootElement.EnumerateArray().ToList());
    }

    public void Dispose()
    {
        if (_postgres is not null)
        {
            TestPostgres.DropDatabaseAsync(_postgres).GetAwaiter().GetResult();
        }

        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}

public sealed class ImportJobTestsOnSqlite() : ImportJobTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class ImportJobTestsOnPostgres() : ImportJobTests(DatabaseProvider.Postgres);
