using Microsoft.EntityFrameworkCore.Design;

namespace MapDashboard.Data.Sqlite;

/// <summary>For <c>dotnet ef migrations add ... --context SqliteDashboardDbContext</c> (see the README's "Migrations").</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDashboardDbContext>
{
    public SqliteDashboardDbContext CreateDbContext(string[] args) => SqliteStore.Open(SqliteStore.ConnectionString("design-time.db"));
}
