using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Tests;

/// <summary>Data Protection keys live in the store, so a second app instance on the same database reads what the first protected.</summary>
public abstract class DataProtectionKeysTests(DatabaseProvider provider)
{
    [StoreFact]
    public async Task AnotherInstanceOnTheSameStoreUnprotectsWhatTheFirstProtected()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new DatabaseSettings(provider, database.ConnectionString);
        await using var first = Instance(settings);
        await using var second = Instance(settings);

        var token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("antiforgery").Protect("circuit state");

        Assert.Equal("circuit state", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("antiforgery").Unprotect(token));
        await using var db = database.Open();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private static ServiceProvider Instance(DatabaseSettings settings) =>
        new ServiceCollection().AddLogging().AddMapDashboardData(settings).BuildServiceProvider();
}

public sealed class DataProtectionKeysTestsOnSqlite() : DataProtectionKeysTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class DataProtectionKeysTestsOnPostgres() : DataProtectionKeysTests(DatabaseProvider.Postgres);
