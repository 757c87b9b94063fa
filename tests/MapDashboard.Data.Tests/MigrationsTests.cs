using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Tests;

public sealed class MigrationsTests
{
    [Fact]
    public async Task MigratedSchemaMatchesModel()
    {
        await using var migrated = await TestDatabase.CreateAsync(migrate: true);
        await using var created = await TestDatabase.CreateAsync(migrate: false);
        await using (var db = created.Open())
        {
            // Only here, to obtain the model's own schema for comparison; the app always migrates.
            await db.Database.EnsureCreatedAsync();
        }

        Assert.Equal(Describe(created.Path), Describe(migrated.Path));
    }

    [Fact]
    public async Task MigratingTwiceIsHarmless()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        await db.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static List<string> Describe(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        var lines = new List<string>();
        // The full-text index (ArticleSearch and its FTS5 shadow tables) is migration-only: the model cannot express it.
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' AND name NOT LIKE 'ArticleSearch%' ORDER BY name");
        foreach (var table in tables)
        {
            foreach (var column in Query(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name"))
            {
                lines.Add($"{table}.{column}");
            }

            foreach (var index in Query(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name"))
            {
                var name = index.Split(' ')[0];
                lines.Add($"{table} index {index} ({string.Join(",", Query(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"))})");
            }

            foreach (var key in Query(connection, $"SELECT \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""))
            {
                lines.Add($"{table} fk {key}");
            }
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
