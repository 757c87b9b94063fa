using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Tests;

/// <summary>A real SQLite file in a temp folder, migrated, deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string directory)
    {
        Directory = directory;
        Path = System.IO.Path.Combine(directory, "test.db");
    }

    public string Directory { get; }
    public string Path { get; }

    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mapdashboard-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        var database = new TestDatabase(directory);
        if (migrate)
        {
            await using var db = database.Open();
            await db.MigrateAsync();
        }

        return database;
    }

    public MapDashboardDbContext Open() =>
        new(new DbContextOptionsBuilder<MapDashboardDbContext>().UseSqlite(MapDashboardDataServices.ConnectionString(Path)).Options);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another thread: the temp folder is cleaned by the OS later.
        }

        return ValueTask.CompletedTask;
    }
}
