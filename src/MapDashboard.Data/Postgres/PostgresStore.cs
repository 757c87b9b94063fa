using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Postgres;

/// <summary>How the store opens a PostgreSQL database (PostGIS for the points).</summary>
public static class PostgresStore
{
    /// <summary>The text search configuration the migrations create: <c>simple</c> (no stemming, no stop words) with accents removed.</summary>
    public const string SearchConfiguration = "mapdashboard_search";

    /// <summary>Npgsql with the NetTopologySuite plugin: <c>geometry</c> columns read and written as NetTopologySuite types.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.UseNetTopologySuite());

    /// <summary>A context over the PostgreSQL database at <paramref name="connectionString"/>.</summary>
    public static PostgresDashboardDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql(connectionString, o => o.UseNetTopologySuite()).Options);
}
