using System.Diagnostics;
using MapDashboard.Data.Index;
using MapDashboard.Data.Queries;

namespace MapDashboard.Hosting;

/// <summary>
/// Watches the store for new articles, whoever stores them (the import page, the ingest verb in another process,
/// the watched folder): one poll of the latest article id for the whole app, however many dashboards are open,
/// and each open dashboard hears the new id within <see cref="Interval"/>. When this app stores articles, or another
/// instance's NOTIFY says it did (PostgreSQL), it looks at once instead of at the next poll.
/// </summary>
public sealed class ReportsWatcher(IServiceScopeFactory scopes, EventIndexChanges changes, ILogger<ReportsWatcher> log) : BackgroundService
{
    /// <summary>How often the store is asked: a new report shows in an open dashboard within about this.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(700);

    /// <summary>The poll's period: <see cref="Interval"/>; a test sets it long to see that an arrival needs no poll.</summary>
    internal TimeSpan PollInterval { get; init; } = Interval;

    // An import stores file after file and wakes the watcher each time; each look may refresh the index (about a
    // second of work at a million events), so looks are at least this far apart.
    private static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(250);

    private readonly Lock gate = new();
    private readonly List<Action<long>> listeners = [];
    private long latest = -1;

    /// <summary>Calls <paramref name="listener"/> with the latest article id whenever it grows; dispose to stop.</summary>
    public IDisposable Subscribe(Action<long> listener)
    {
        lock (gate) listeners.Add(listener);
        return new Subscription(() => { lock (gate) listeners.Remove(listener); });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the look, so an arrival during it is not missed.
            var arrival = changes.NextArticlesAdded;
            var looked = Stopwatch.GetTimestamp();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var id = await scope.ServiceProvider.GetRequiredService<IMapViewQueries>().GetLatestArticleIdAsync(stoppingToken);
                if (latest >= 0 && id > latest)
                {
                    Action<long>[] now;
                    lock (gate) now = [.. listeners];
                    foreach (var listener in now) listener(id);
                }
                latest = id;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.NewReportsCheckFailed(e);
            }

            await Task.WhenAny(arrival, Task.Delay(PollInterval, stoppingToken));
            var since = Stopwatch.GetElapsedTime(looked);
            if (since < MinimumGap)
            {
                await Task.Delay(MinimumGap - since, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
