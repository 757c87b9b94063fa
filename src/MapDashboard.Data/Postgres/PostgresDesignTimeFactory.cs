using Microsoft.EntityFrameworkCore.Design;

namespace MapDashboard.Data.Postgres;

/// <summary>For <c>dotnet ef migrations add ... --context PostgresDashboardDbContext</c>: no server is reached.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args) => PostgresStore.Open("Host=127.0.0.1;Database=mapdashboard");
}
