using MapDashboard.Data.Model;
using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Sqlite;

/// <summary>
/// The store on SQLite: points as WKB beside indexed longitude/latitude columns (SpatiaLite's EF package is not
/// served, DESIGN.md #2), full-text search with FTS5. Its migrations are in <c>Sqlite/Migrations</c>.
/// </summary>
public sealed class SqliteDashboardDbContext(DbContextOptions<SqliteDashboardDbContext> options) : MapDashboardDbContext(options)
{
    /// <summary>
    /// The last migration of the hand-written series that releases up to 2026-12-01 applied. A database that has it
    /// has exactly the schema of the generated baseline (the test <c>AReleaseDatabaseUpgradesAndKeepsItsData</c>).
    /// </summary>
    internal const string LastHandWrittenMigration = "20261201110000_MentionOverrides";

    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public override IArticleSearch CreateArticleSearch() => new SqliteArticleSearch(this);

    /// <inheritdoc />
    public override async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await AdoptHandWrittenHistoryAsync(cancellationToken);
        await base.MigrateAsync(cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Mention>().Property(m => m.Location)
            .HasConversion(new PointWkbConverter(), PointWkbConverter.Comparer)
            .HasColumnType("BLOB");
    }

    /// <summary>
    /// A database made by a release with hand-written migrations records their ids, not the generated baseline's:
    /// record the baseline as applied in their place, so the migrations after it (if any) run and it does not.
    /// </summary>
    private async Task AdoptHandWrittenHistoryAsync(CancellationToken cancellationToken)
    {
        var history = this.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet(StringComparer.Ordinal);
        var baseline = this.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();
        if (!applied.Contains(LastHandWrittenMigration) || applied.Contains(baseline))
        {
            return;
        }

        // EF Core's own scripts for its history table, over migration ids (no user text).
        string[] script = [
            history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())),
            history.GetDeleteScript("20261122100000_Initial"),
            history.GetDeleteScript("20261201100000_ArticleSearchIndex"),
            history.GetDeleteScript(LastHandWrittenMigration),
        ];
        await Database.ExecuteSqlRawAsync(string.Concat(script), cancellationToken);
    }
}
