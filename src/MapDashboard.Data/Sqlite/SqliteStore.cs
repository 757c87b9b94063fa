using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Sqlite;

/// <summary>How the store opens a SQLite file.</summary>
public static class SqliteStore
{
    /// <summary>The connection string for a database file (created on first use).</summary>
    public static string ConnectionString(string databasePath) => $"Data Source={databasePath};Cache=Shared;Foreign Keys=True";

    /// <summary>A context over the SQLite database at <paramref name="connectionString"/>.</summary>
    public static SqliteDashboardDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(connectionString).Options);
}
