using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Migrations;

/// <summary>User corrections: the <c>MentionOverrides</c> table and the <c>Mentions.Review</c> column.</summary>
[DbContext(typeof(MapDashboardDbContext))]
[Migration("20261201110000_MentionOverrides")]
public sealed class MentionOverrides : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Review", "Mentions", type: "TEXT", maxLength: 12, nullable: false, defaultValue: "None");
        migrationBuilder.CreateTable(
            name: "MentionOverrides",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                ArticleHash = table.Column<string>(type: "TEXT", nullable: false),
                Start = table.Column<int>(type: "INTEGER", nullable: false),
                Length = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                PlaceId = table.Column<long>(type: "INTEGER", nullable: true),
                PlaceName = table.Column<string>(type: "TEXT", nullable: true),
                CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                Level = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                Latitude = table.Column<double>(type: "REAL", nullable: true),
                Longitude = table.Column<double>(type: "REAL", nullable: true),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MentionOverrides", x => x.Id));
        migrationBuilder.CreateIndex("IX_MentionOverrides_ArticleHash_Start_Length", "MentionOverrides", ["ArticleHash", "Start", "Length"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MentionOverrides");
        migrationBuilder.DropColumn("Review", "Mentions");
    }
}
