using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Migrations;

/// <summary>
/// The full-text index over article titles and bodies (SQLite FTS5, external content over <c>Articles</c>),
/// kept in step by triggers and filled from the articles already stored. Provider-specific by nature: the
/// model does not know it (see <see cref="Search.SqliteArticleSearch"/>), and the schema check leaves it out.
/// </summary>
[DbContext(typeof(MapDashboardDbContext))]
[Migration("20261201100000_ArticleSearchIndex")]
public sealed class ArticleSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
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

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_ArticleSearch_Update";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_ArticleSearch_Delete";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_ArticleSearch_Insert";""");
        migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
    }
}
