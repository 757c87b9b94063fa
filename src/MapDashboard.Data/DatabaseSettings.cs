namespace MapDashboard.Data;

/// <summary>The engines the store runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL with PostGIS: several app instances and ingesters on one database.</summary>
    Postgres,
}

/// <summary>
/// Which engine the store uses and how to reach it: <c>--Database:Provider sqlite|postgres</c> and
/// <c>--ConnectionStrings:MapDashboard "..."</c> (or the environment variables <c>Database__Provider</c> and
/// <c>ConnectionStrings__MapDashboard</c>). Without them: SQLite in the data folder's file.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The configuration key naming the provider.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The connection string's name (<c>ConnectionStrings:MapDashboard</c>).</summary>
    public const string ConnectionStringName = "MapDashboard";

    /// <summary>
    /// Settings from configuration values: <paramref name="provider"/> is <c>sqlite</c> (default) or
    /// <c>postgres</c>; SQLite without a connection string uses the file at <paramref name="sqlitePath"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown provider, or PostgreSQL without a connection string.</exception>
    public static DatabaseSettings From(string? provider, string? connectionString, string sqlitePath)
    {
        var chosen = provider?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
            _ => throw new ArgumentException($"{ProviderKey}: '{provider}' is not a provider (sqlite or postgres).", nameof(provider)),
        };
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(chosen, connectionString);
        }

        return chosen == DatabaseProvider.Sqlite
            ? new DatabaseSettings(chosen, Sqlite.SqliteStore.ConnectionString(sqlitePath))
            : throw new ArgumentException(
                $"{ProviderKey} is postgres but ConnectionStrings:{ConnectionStringName} is not set " +
                "(e.g. \"Host=127.0.0.1;Database=mapdashboard;Username=mapdashboard;Password=...\").", nameof(connectionString));
    }
}
