using MapDashboard.Data.Queries;

namespace MapDashboard.Hosting;

/// <summary>
/// Watches the store for new articles, whoever stores them (the import page, the ingest verb in another process,
/// the watched folder): one poll of the latest article id for the whole app, however many dashboards are open,
/// and each open dashboard hears the new id within <see cref="Interval"/>.
/// </summary>
public sealed class ReportsWatcher(IServiceScopeFactory scopes, ILogger<ReportsWatcher> log) : BackgroundService
{
    /// <summary>How often the store is asked: a new report shows in an open dashboard within about this.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(700);

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
        using var timer = new PeriodicTimer(Interval);
        do
        {
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
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
