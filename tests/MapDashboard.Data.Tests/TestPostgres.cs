using System.Globalization;
using Npgsql;

namespace MapDashboard.Data.Tests;

/// <summary>
/// The PostgreSQL server the tests use (DESIGN.md #6): <c>MAPDASHBOARD_TEST_POSTGRES</c>, else the role and
/// template <c>.ci/run</c> sets up on 127.0.0.1:5432. Each test gets a database of its own, copied from
/// <see cref="TemplateDatabase"/> (which has PostGIS and unaccent, so the test role needs no superuser).
/// </summary>
public static class TestPostgres
{
    /// <summary>The database with the extensions installed, never connected to by tests (a template must be idle).</summary>
    public const string TemplateDatabase = "mapdashboard_template";

    private const string DefaultConnectionString =
        "Host=127.0.0.1;Port=5432;Username=mapdashboard;Password=mapdashboard;Database=postgres;Timeout=3";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("MAPDASHBOARD_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>
    /// Null when the tests can run on PostgreSQL; else why not. Under CI=true an absent server is not a reason:
    /// the tests run and fail.
    /// </summary>
    public static string? SkipReason =>
        Unavailable.Value is { } reason && !ContinuousIntegration.IsOn ? reason : null;

    /// <summary>Creates an empty database from the template; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "mapdashboard_test_" + Guid.NewGuid().ToString("n");
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateDatabase}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// Drops a test database. Every pool is cleared first: the app under test builds its own connection string
    /// (so its pool is not the caller's), and an idle pooled connection would otherwise be killed mid-drop. A
    /// drop can still meet a connection opened in the same instant (a watcher's last poll as its host stops:
    /// PostgreSQL then answers 55006 "being accessed by other users" even WITH (FORCE)), so it is retried.
    /// </summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await using var connection = new NpgsqlConnection(ServerConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.LockNotAvailable)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (PostgresException e)
            {
                throw new InvalidOperationException($"Could not drop test database {name} ({e.SqlState}: {e.MessageText})", e);
            }
        }
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(ServerConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
            command.Parameters.AddWithValue("name", TemplateDatabase);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1
                ? null
                : $"PostgreSQL is reachable but has no database {TemplateDatabase} (with postgis and unaccent): run .ci/run's PostgreSQL setup.";
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"No PostgreSQL server for the tests ({e.Message}); .ci/run starts one, CI runs these tests.";
        }
    }
}
