using MapDashboard.Data.Postgres;
using MapDashboard.Data.Sqlite;
using Npgsql;

namespace MapDashboard.Data.Tests;

/// <summary>
/// An empty store of one provider for one test, migrated, removed on dispose: a SQLite file in a temp folder, or
/// a PostgreSQL database made from <see cref="TestPostgres.TemplateDatabase"/> on the test server.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string directory, string connectionString)
    {
        Directory = directory;
        ConnectionString = connectionString;
    }

    /// <summary>A temp folder of the test's own (for files to ingest; the SQLite file is there too).</summary>
    public string Directory { get; }

    /// <summary>The provider's connection string to this database.</summary>
    public string ConnectionString { get; }

    public abstract DatabaseProvider Provider { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool migrate = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mapdashboard-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        TestDatabase database = provider == DatabaseProvider.Postgres
            ? new PostgresDatabase(directory, await TestPostgres.CreateDatabaseAsync())
            : new SqliteDatabase(directory);
        if (migrate)
        {
            await using var db = database.Open();
            await db.MigrateAsync();
        }

        return database;
    }

    /// <summary>A new context over this database (the caller disposes it).</summary>
    public abstract MapDashboardDbContext Open();

    public virtual ValueTask DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another thread: the temp folder is cleaned by the OS later.
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>The SQLite store as the app opens it.</summary>
    private sealed class SqliteDatabase(string directory)
        : TestDatabase(directory, SqliteStore.ConnectionString(System.IO.Path.Combine(directory, "test.db")))
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override MapDashboardDbContext Open() => SqliteStore.Open(ConnectionString);

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return base.DisposeAsync();
        }
    }

    private sealed class PostgresDatabase(string directory, string connectionString) : TestDatabase(directory, connectionString)
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        public override MapDashboardDbContext Open() => PostgresStore.Open(ConnectionString);

        public override async ValueTask DisposeAsync()
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
            await base.DisposeAsync();
        }
    }
}
