using System.Collections.Concurrent;
using System.Threading.Channels;

namespace MapDashboard.Hosting;

/// <summary>
/// Runs import jobs in the background, one job at a time and its files on every core at once. At start it
/// resumes every job left unfinished (a restart, or a <c>kill -9</c>, mid-import). A cancelled job's pending
/// files are reported as cancelled; a file being geoparsed stops within a window's time (see Geoparser).
/// </summary>
public sealed class ImportWorker(ImportJobStore jobs, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ImportWorker> log) : BackgroundService
{
    /// <summary>Configuration key: files geoparsed at once (default: one per core).</summary>
    public const string WorkersKey = "Import:Workers";

    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private BackgroundPriorityScheduler? _scheduler;

    /// <summary>Queues a job written by <see cref="ImportJobStore.Create"/>.</summary>
    public void Enqueue(string id)
    {
        Completion(id);
        _queue.Writer.TryWrite(id);
    }

    /// <summary>Waits until every file of the job has its outcome, and answers the job.</summary>
    public async Task<ImportJob> WaitAsync(string id, CancellationToken cancellationToken)
    {
        await Completion(id).Task.WaitAsync(cancellationToken);
        return jobs.Load(id) ?? throw new InvalidOperationException($"import job {id} vanished");
    }

    /// <summary>Cancels a job: its pending files are not geoparsed, the one being geoparsed stops. False when there is no such job.</summary>
    public bool Cancel(string id)
    {
        if (!jobs.Cancel(id)) return false;
        // A job not running now (queued, or left by a crash) is queued again: its pending files are marked cancelled at once.
        if (_running.TryGetValue(id, out var running)) running.Cancel();
        else Enqueue(id);
        return true;
    }

    private int Workers => Math.Max(1, configuration.GetValue(WorkersKey, Environment.ProcessorCount));

    // Files are geoparsed below the dashboard's priority: an import never slows what analysts are reading.
    private BackgroundPriorityScheduler Scheduler => _scheduler ??= new BackgroundPriorityScheduler(Workers);

    public override void Dispose()
    {
        _scheduler?.Dispose();
        base.Dispose();
    }

    private TaskCompletionSource Completion(string id) =>
        _finished.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var job in jobs.List().Where(j => j.State is "queued" or "running"))
        {
            log.ImportResuming(job.Id, job.Finished, job.Files.Count);
            Enqueue(job.Id);
        }

        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(id, stoppingToken);
        }
    }

    private async Task RunAsync(string id, CancellationToken stoppingToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _running[id] = cancel;
        try
        {
            if (jobs.Load(id) is not { } job) return;
            if (job.Cancelled) await cancel.CancelAsync();
            var pending = job.Files.Select((file, index) => (file.Name, Index: index, file.Outcome)).Where(f => f.Outcome is null).ToList();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = stoppingToken };
            await Parallel.ForEachAsync(pending, parallel, async (file, _) =>
            {
                var outcome = await Task.Factory.StartNew(() => ImportOneAsync(id, file.Name, file.Index, cancel.Token, stoppingToken),
                    CancellationToken.None, TaskCreationOptions.None, Scheduler).Unwrap();
                jobs.Finish(id, file.Index, outcome);
                LogOutcome(id, outcome);
            });
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the job's pending files stay on disk and are resumed at the next start.
            return;
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
        Completion(id).TrySetResult();
    }

    private async Task<UploadOutcome> ImportOneAsync(string id, string name, int index, CancellationToken cancelled, CancellationToken stoppingToken)
    {
        if (cancelled.IsCancellationRequested) return UploadImporter.Failed(name, $"{name}: the import was cancelled before it was read.");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<UploadImporter>();
            return await importer.StoreAsync(name, jobs.ReadFile(id, index), cancelled);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return UploadImporter.Failed(name, $"{name}: the import was cancelled while it was geoparsed; nothing of it was stored.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault on one file is that file's outcome: the worker goes on with the others.
            log.ImportFileFailed(e, id, name);
            return UploadImporter.Failed(name, $"{name} could not be imported: {e.GetType().Name}: {e.Message}");
        }
    }

    private void LogOutcome(string id, UploadOutcome outcome)
    {
        if (outcome.Error is not null) log.ImportFileRefused(id, outcome.Error);
        else log.ImportFileStored(id, outcome.Name, outcome.Articles, outcome.Events, outcome.Unresolved, outcome.AlreadyImported ? " (already imported)" : "");
    }
}
