using MapDashboard.Data.Model;
using MapDashboard.Data.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data;

/// <summary>
/// The dashboard's store: articles, their mentions (the map's events) and the files they came from. The model
/// common to every provider lives in <c>Configuration/</c>; each provider's context (<see cref="Sqlite.SqliteDashboardDbContext"/>,
/// <see cref="Postgres.PostgresDashboardDbContext"/>) adds what only it has (the point column, the full-text index)
/// and owns its generated migrations.
/// </summary>
public abstract class MapDashboardDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<MentionOverride> MentionOverrides => Set<MentionOverride>();

    /// <summary>ASP.NET Core's Data Protection keys: in the store, so every app instance reads the same ones.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Which engine this context talks to.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The provider's full-text search over this context's articles.</summary>
    public abstract IArticleSearch CreateArticleSearch();

    /// <summary>Applies pending migrations (creating the database file, on SQLite, when absent).</summary>
    public virtual Task MigrateAsync(CancellationToken cancellationToken = default) => Database.MigrateAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MapDashboardDbContext).Assembly,
            t => t.Namespace == typeof(Configuration.ArticleConfiguration).Namespace);
}
