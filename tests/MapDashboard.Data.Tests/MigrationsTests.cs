using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Model;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Data.Sqlite;
using MapDashboard.Geoparsing.Dating;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

/// <summary>The generated migrations of both providers keep up with the model; an older SQLite store upgrades.</summary>
public sealed class ModelMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void TheModelHasNoPendingChanges(DatabaseProvider provider)
    {
        // The model against the provider's migration snapshot: no server needed. A failure means
        // `dotnet ef migrations add` was not run after a model change (see the README's "Migrations").
        using MapDashboardDbContext db = provider == DatabaseProvider.Sqlite
            ? SqliteStore.Open("Data Source=:memory:")
            : PostgresStore.Open("Host=127.0.0.1;Database=unused");
        Assert.False(db.Database.HasPendingModelChanges());
    }

    /// <summary>A copy of the store the last release with hand-written migrations made (Fixtures/README.md).</summary>
    [Fact]
    public async Task AReleaseDatabaseUpgradesAndKeepsItsData()
    {
        await using var fresh = await TestDatabase.CreateAsync();
        var path = Path.Combine(fresh.Directory, "release.db");
        var connectionString = SqliteStore.ConnectionString(path);
        // The store as the release left it, written out by its SQL (no database file is kept in the repository).
        await using (var release = new SqliteConnection(connectionString))
        {
            await release.OpenAsync();
            await using var script = release.CreateCommand();
            script.CommandText = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-2026-12-01.sql"));
            await script.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();

        await using (var db = SqliteStore.Open(connectionString))
        {
            await db.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal((7, 59), (await db.Articles.CountAsync(), await db.Mentions.CountAsync(m => m.PlaceId != null)));
            var dismissed = await db.Mentions.SingleAsync(m => m.Review == MentionReview.Dismissed);
            Assert.Equal("Russia", dismissed.Text);
            Assert.Equal(OverrideKind.NotAPlace, (await db.MentionOverrides.SingleAsync()).Kind);
            var deirEzzor = await db.Mentions.FirstAsync(m => m.Text == "Deir Ezzor");
            Assert.Equal((4326, deirEzzor.Longitude!.Value), (deirEzzor.Location!.SRID, deirEzzor.Location.X));

            // The full-text index came along, and keeps up with new articles.
            var queries = new ReferenceQueries(db);
            Assert.NotEmpty(await queries.GetEventsAsync(new EventFilter { Text = Q("\"Deir Ezzor\"") }));
            var march17 = FuzzyDate.Day(new DateOnly(2017, 3, 17));
            await new ArticleStore(db).AddAsync("new.txt", "new", [Article("Raqqa after the upgrade", march17, 0, (Raqqa, march17))]);
            Assert.Single(await queries.GetEventsAsync(new EventFilter { Text = Q("upgrade") }));
        }

        // The same schema as a store made by the generated migrations, full-text tables and triggers included.
        Assert.Equal(Describe(fresh.ConnectionString), Describe(connectionString));
    }

    private static SearchQuery Q(string text) =>
        SearchQuery.TryParse(text, out var query, out var error) ? query! : throw new ArgumentException(error);

    private static List<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Indexes, triggers and the FTS5 table by their SQL; plain tables by their columns, since the release's
        // Mentions has Review last (added by a later migration, with DEFAULT 'None': harmless, EF Core always writes it).
        var lines = Query(connection, "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' AND (type <> 'table' OR sql LIKE 'CREATE VIRTUAL%') ORDER BY name");
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' ORDER BY name"))
        {
            lines.AddRange(Query(connection, $"SELECT '{table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name"));
            lines.AddRange(Query(connection, $"SELECT '{table} fk ' || \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""));
        }

        return lines;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

/// <summary>Migrating a migrated store again changes nothing, on each provider.</summary>
public abstract class MigrationsTests(DatabaseProvider provider)
{
    [StoreFact]
    public async Task MigratingTwiceIsHarmless()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await db.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

public sealed class MigrationsTestsOnSqlite() : MigrationsTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class MigrationsTestsOnPostgres() : MigrationsTests(DatabaseProvider.Postgres);
