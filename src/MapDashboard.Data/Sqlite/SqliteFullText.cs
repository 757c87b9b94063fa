using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Sqlite;

/// <summary>
/// The full-text index over article titles and bodies (FTS5, external content over <c>Articles</c>), kept in step
/// by triggers and filled from the articles already stored. The model cannot express it, so the generated
/// migrations call these (the SQL of the hand-written migration <c>20261201100000_ArticleSearchIndex</c>, unchanged).
/// </summary>
internal static class SqliteFullText
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        // unicode61 with diacritics removed: "Deir ez-Zor" and "Dayr az Zawr" still need the gazetteer,
        // but "Tell Abyad" finds "Tell Abyaḍ".
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                "Title", "Text", content='Articles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Articles_ArticleSearch_Insert" AFTER INSERT ON "Articles" BEGIN
                INSERT INTO "ArticleSearch"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Articles_ArticleSearch_Delete" AFTER DELETE ON "Articles" BEGIN
                INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER "Articles_ArticleSearch_Update" AFTER UPDATE OF "Title", "Text" ON "Articles" BEGIN
                INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                INSERT INTO "ArticleSearch"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
            END;
            """);
        migrationBuilder.Sql("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');""");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_ArticleSearch_Update";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_ArticleSearch_Delete";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_ArticleSearch_Insert";""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
    }
}
