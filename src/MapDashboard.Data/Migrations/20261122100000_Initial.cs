using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Migrations;

/// <summary>The first schema: source files, articles, mentions. Written by hand (see README.md beside it).</summary>
[DbContext(typeof(MapDashboardDbContext))]
[Migration("20261122100000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SourceFiles",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                IngestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                ArticleCount = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SourceFiles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                BodyOffset = table.Column<int>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", nullable: true),
                Url = table.Column<string>(type: "TEXT", nullable: true),
                SourceName = table.Column<string>(type: "TEXT", nullable: false),
                Position = table.Column<int>(type: "INTEGER", nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                DatePrecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                IngestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                SourceFileId = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
                table.ForeignKey("FK_Articles_SourceFiles_SourceFileId", x => x.SourceFileId, "SourceFiles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Mentions",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ArticleId = table.Column<long>(type: "INTEGER", nullable: false),
                Start = table.Column<int>(type: "INTEGER", nullable: false),
                Length = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Role = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                PlaceId = table.Column<long>(type: "INTEGER", nullable: true),
                PlaceName = table.Column<string>(type: "TEXT", nullable: true),
                CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                Level = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                Location = table.Column<byte[]>(type: "BLOB", nullable: true),
                Longitude = table.Column<double>(type: "REAL", nullable: true),
                Latitude = table.Column<double>(type: "REAL", nullable: true),
                Confidence = table.Column<double>(type: "REAL", nullable: false),
                Evidence = table.Column<string>(type: "TEXT", nullable: false),
                Alternatives = table.Column<string>(type: "TEXT", nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                DatePrecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                DateStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                DateEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                SentenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                SentenceLength = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Mentions", x => x.Id);
                table.ForeignKey("FK_Mentions_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_SourceFiles_ContentHash", "SourceFiles", "ContentHash", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_ContentHash", "Articles", "ContentHash", unique: true);
        migrationBuilder.CreateIndex("IX_Articles_Date", "Articles", "Date");
        migrationBuilder.CreateIndex("IX_Articles_SourceFileId", "Articles", "SourceFileId");
        migrationBuilder.CreateIndex("IX_Mentions_ArticleId", "Mentions", "ArticleId");
        migrationBuilder.CreateIndex("IX_Mentions_Longitude_Latitude", "Mentions", ["Longitude", "Latitude"]);
        migrationBuilder.CreateIndex("IX_Mentions_DateStart_DateEnd", "Mentions", ["DateStart", "DateEnd"]);
        migrationBuilder.CreateIndex("IX_Mentions_PlaceId", "Mentions", "PlaceId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Mentions");
        migrationBuilder.DropTable("Articles");
        migrationBuilder.DropTable("SourceFiles");
    }
}
