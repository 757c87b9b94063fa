using MapDashboard.Data.Model;
using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Postgres;

/// <summary>
/// The store on PostgreSQL with PostGIS: points as <c>geometry(Point,4326)</c> with a GiST index, full-text
/// search on a generated <c>tsvector</c> column with a GIN index. Its migrations are in <c>Postgres/Migrations</c>.
/// </summary>
public sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options) : MapDashboardDbContext(options)
{
    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    /// <inheritdoc />
    public override IArticleSearch CreateArticleSearch() => new PostgresArticleSearch(this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.HasPostgresExtension("unaccent");
        var mention = modelBuilder.Entity<Mention>();
        mention.Property(m => m.Location).HasColumnType("geometry(Point,4326)");
        mention.HasIndex(m => m.Location).HasMethod("gist");
    }
}
