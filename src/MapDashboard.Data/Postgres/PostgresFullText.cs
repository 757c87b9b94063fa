using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Postgres;

/// <summary>
/// The full-text index over article texts: a text search configuration that tokenizes as SQLite's unicode61
/// does (accents removed, lower case, no stemming), a stored generated <c>tsvector</c> column and its GIN index.
/// Kept out of the model (as FTS5 is on SQLite) so reading an article never reads its vector; the generated
/// migrations call these.
/// </summary>
internal static class PostgresFullText
{
    /// <summary>Before the tables: the configuration the generated column names.</summary>
    public static void CreateConfiguration(MigrationBuilder migrationBuilder)
    {
        // A copy of "simple" with unaccent first. Whole hyphenated words are not indexed, only their parts, so
        // "Deir ez-Zor" is deir, ez, zor at positions 1, 2, 3 and the phrase "deir ez zor" finds it (as on SQLite).
        migrationBuilder.Sql($"""
            CREATE TEXT SEARCH CONFIGURATION {PostgresStore.SearchConfiguration} (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION {PostgresStore.SearchConfiguration} ALTER MAPPING FOR word, hword_part WITH unaccent, simple;
            ALTER TEXT SEARCH CONFIGURATION {PostgresStore.SearchConfiguration} DROP MAPPING FOR hword, asciihword, numhword;
            """);
    }

    /// <summary>After the tables: the column (title and text, as the two columns of SQLite's index) and its index.</summary>
    public static void CreateIndex(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            ALTER TABLE "Articles" ADD COLUMN "SearchVector" tsvector
                GENERATED ALWAYS AS (
                    to_tsvector('{PostgresStore.SearchConfiguration}'::regconfig, "Title") || to_tsvector('{PostgresStore.SearchConfiguration}'::regconfig, "Text")) STORED;
            CREATE INDEX "IX_Articles_SearchVector" ON "Articles" USING GIN ("SearchVector");
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "Articles" DROP COLUMN IF EXISTS "SearchVector";""");
        migrationBuilder.Sql($"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PostgresStore.SearchConfiguration};");
    }
}
