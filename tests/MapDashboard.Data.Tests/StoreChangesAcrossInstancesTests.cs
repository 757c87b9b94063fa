using MapDashboard.Data.Corrections;
using MapDashboard.Data.Index;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database, each with its own in-memory index: what one stores or corrects,
/// the other's map shows within a moment, told by <c>NOTIFY</c> (<see cref="PostgresStoreChanges"/>). The other's
/// id check is set an hour apart, so only the notification can tell it.
/// </summary>
[OnPostgres]
public sealed class StoreChangesAcrossInstancesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = _database.Open();
        await new ArticleStore(db).AddAsync("corpus.txt", "corpus", MapViewCorpus.Articles());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [StoreFact]
    public async Task WhatOneInstanceStoresAndCorrectsTheOtherShows()
    {
        static EventFilter At(long placeId) => new() { PlaceId = placeId };
        await using var other = await OtherInstance.StartAsync(_database.ConnectionString);
        var raqqa = (await other.Queries.CountAsync(At(ArRaqqahSyria))).Events;
        var mosul = (await other.Queries.CountAsync(At(MosulIraq))).Events;

        await using var db = _database.Open();
        var moved = await db.Mentions.Where(m => m.PlaceId == ArRaqqahSyria).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        await new MentionCorrector(db, null, new EventIndexChanges()).ApplyAsync(moved, Correction.ToPlace(Mosul));
        await other.ExpectAsync(async q => (await q.CountAsync(At(MosulIraq))).Events == mosul + 1);
        Assert.Equal(raqqa - 1, (await other.Queries.CountAsync(At(ArRaqqahSyria))).Events);

        await new ArticleStore(db, null, new EventIndexChanges()).AddAsync("late.txt", "late", [
            Article("Late news from Mosul", Geoparsing.Dating.FuzzyDate.Day(new(2018, 6, 1)), 0, (Mosul, Geoparsing.Dating.FuzzyDate.Day(new(2018, 6, 1))))]);
        await other.ExpectAsync(async q => (await q.CountAsync(At(MosulIraq))).Events == mosul + 2);
        Assert.Empty(other.Errors);
    }

    /// <summary>The second instance: its own index, changes and listener, and its own connection for queries.</summary>
    private sealed class OtherInstance : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly EventIndex _index;
        private readonly MapDashboardDbContext _db;
        private Task _listening = Task.CompletedTask;

        private OtherInstance(string connectionString)
        {
            var options = new EventIndexOptions(connectionString) { Provider = DatabaseProvider.Postgres, RefreshInterval = TimeSpan.FromHours(1) };
            Changes = new EventIndexChanges();
            _index = new EventIndex(options, Changes);
            _db = PostgresStore.Open(connectionString);
            Queries = new IndexedMapViewQueries(_index, new MapViewCache(), _db.CreateArticleSearch(), options);
        }

        public EventIndexChanges Changes { get; }
        public IndexedMapViewQueries Queries { get; }
        public List<Exception> Errors { get; } = [];

        public static async Task<OtherInstance> StartAsync(string connectionString)
        {
            var instance = new OtherInstance(connectionString);
            await instance.Queries.CountAsync(new EventFilter());
            instance._listening = PostgresStoreChanges.ListenAsync(connectionString, instance.Changes, instance.Errors.Add, instance._stop.Token);
            // Listening once it asks its index to look again (what came before LISTEN is unknown to it).
            await instance.ExpectAsync(_ => Task.FromResult(instance.Changes.HasPending));
            return instance;
        }

        /// <summary>Asks until <paramref name="condition"/> holds, for at most 5 seconds.</summary>
        public async Task ExpectAsync(Func<IndexedMapViewQueries, Task<bool>> condition)
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(5); !await condition(Queries); await Task.Delay(50))
            {
                Assert.True(DateTime.UtcNow < deadline, "the other instance did not show the change within 5 s");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _listening;
            _stop.Dispose();
            _index.Dispose();
            await _db.DisposeAsync();
        }
    }
}
