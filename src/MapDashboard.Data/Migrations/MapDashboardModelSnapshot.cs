using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MapDashboard.Data.Migrations;

/// <summary>
/// The model as the migrations leave it. EF Core's design-time package is not served by our registry, so
/// migrations are written by hand and the snapshot applies the live configurations; the test
/// <c>MigrationsTests.MigratedSchemaMatchesModel</c> is what proves the migrations build that same schema.
/// </summary>
[DbContext(typeof(MapDashboardDbContext))]
internal sealed class MapDashboardModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");
        MapDashboardDbContext.ApplyModel(modelBuilder);
    }
}
