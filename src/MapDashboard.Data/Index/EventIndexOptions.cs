namespace MapDashboard.Data.Index;

/// <summary>Where the index reads from and how often it asks the store whether articles were added.</summary>
/// <param name="ConnectionString">The store's connection string, for <see cref="Provider"/>.</param>
public sealed record EventIndexOptions(string ConnectionString)
{
    /// <summary>The engine the store runs on (SQLite unless said).</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The shortest time between two "did the store grow?" checks (<c>SELECT max(Id) FROM Articles</c>): often
    /// enough that an import shows within a second, rare enough to cost nothing while the map pans.
    /// </summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>An open connection to the store, for the index's raw reads.</summary>
    internal System.Data.Common.DbConnection OpenConnection()
    {
        System.Data.Common.DbConnection connection = Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
