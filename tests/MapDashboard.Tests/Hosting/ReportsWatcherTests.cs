using System.Reflection;
using MapDashboard.Data.Index;
using MapDashboard.Data.Queries;
using MapDashboard.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MapDashboard.Tests.Hosting;

public sealed class ReportsWatcherTests
{
    [Fact]
    public async Task An_article_stored_through_this_app_is_announced_without_waiting_for_the_poll()
    {
        var store = new LatestArticle { Id = 42 };
        var changes = new EventIndexChanges();
        // An hour's poll: only the arrival signal can announce within the test's wait.
        var (watcher, announced) = await StartAsync(store, changes, TimeSpan.FromHours(1));
        using var _ = watcher;

        store.Id = 43;
        changes.ArticlesAdded();

        Assert.Equal(43, await announced.WaitAsync(TimeSpan.FromSeconds(10)));
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Without_a_signal_the_poll_announces_what_another_process_stored()
    {
        var store = new LatestArticle { Id = 42 };
        var (watcher, announced) = await StartAsync(store, new EventIndexChanges(), TimeSpan.FromMilliseconds(50));
        using var _ = watcher;

        store.Id = 44;

        Assert.Equal(44, await announced.WaitAsync(TimeSpan.FromSeconds(10)));
        await watcher.StopAsync(CancellationToken.None);
    }

    /// <summary>A started watcher that has looked once, and the first id it announces.</summary>
    private static async Task<(ReportsWatcher Watcher, Task<long> Announced)> StartAsync(LatestArticle store, EventIndexChanges changes, TimeSpan poll)
    {
        var services = new ServiceCollection().AddSingleton(LatestArticle.Queries(store)).BuildServiceProvider();
        var watcher = new ReportsWatcher(services.GetRequiredService<IServiceScopeFactory>(), changes, NullLogger<ReportsWatcher>.Instance)
        {
            PollInterval = poll,
        };
        var announced = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Subscribe(id => announced.TrySetResult(id));
        await watcher.StartAsync(CancellationToken.None);
        await store.FirstLook.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return (watcher, announced.Task);
    }

    /// <summary>The store's highest article id, as the index would answer it; nothing else of the queries is read.</summary>
    private sealed class LatestArticle
    {
        public long Id { get; set; }

        public TaskCompletionSource FirstLook { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static IMapViewQueries Queries(LatestArticle store)
        {
            var queries = DispatchProxy.Create<IMapViewQueries, LatestIdProxy>();
            ((LatestIdProxy)(object)queries).Store = store;
            return queries;
        }
    }

    public class LatestIdProxy : DispatchProxy
    {
        internal object? Store { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IMapViewQueries.GetLatestArticleIdAsync)) throw new NotSupportedException(targetMethod?.Name);
            var store = (LatestArticle)Store!;
            var id = store.Id;
            // Signalled after the read: the test's next id must not be this look's.
            store.FirstLook.TrySetResult();
            return Task.FromResult(id);
        }
    }
}
