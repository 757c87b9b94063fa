using MapDashboard.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MapDashboard.Data;

/// <summary>The dashboard's store: articles, their mentions (the map's events) and the files they came from.</summary>
public sealed class MapDashboardDbContext(DbContextOptions<MapDashboardDbContext> options) : DbContext(options)
{
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<MentionOverride> MentionOverrides => Set<MentionOverride>();

    /// <summary>
    /// Migrations are hand-written (no design-time package in our registry, see Migrations/README.md), so
    /// EF Core's snapshot diff cannot judge them; <c>MigratedSchemaMatchesModel</c> checks the schema instead.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    protected override void OnModelCreating(ModelBuilder modelBuilder) => ApplyModel(modelBuilder);

    /// <summary>The model, shared with the hand-written migration snapshot (see Migrations/README.md).</summary>
    internal static void ApplyModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MapDashboardDbContext).Assembly);
}
