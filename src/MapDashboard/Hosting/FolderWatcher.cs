using MapDashboard.Data.Ingestion;

namespace MapDashboard.Hosting;

/// <summary>
/// <c>Ingest:WatchFolder</c>: a file dropped in the folder (or below it) is ingested once, as an import job of its
/// own ("watched folder" on the import page and in <c>GET /api/imports</c>), its outcome logged. A file is read only
/// once its size and time have stayed the same for a whole poll (a copy in progress still grows), and not at all
/// when the store already holds its bytes (keyed by content hash: a restart does not ingest the folder again).
/// </summary>
public sealed class FolderWatcher(IConfiguration configuration, ImportJobStore jobs, ImportWorker worker, IServiceScopeFactory scopes, ILogger<FolderWatcher> log)
    : BackgroundService
{
    /// <summary>Configuration key of the folder watched; unset, nothing is watched.</summary>
    public const string FolderKey = "Ingest:WatchFolder";

    /// <summary>How often the folder is looked at: a dropped file is read one to two polls later.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, (long Length, DateTime Written)> _lastSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Length, DateTime Written)> _handled = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration[FolderKey] is not { Length: > 0 } folder) return;
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        log.Watching(folder);
        using var timer = new PeriodicTimer(Poll);
        do
        {
            try
            {
                await ScanAsync(folder, stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.WatchFailed(folder, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ScanAsync(string folder, CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (!FileIngestor.KnownExtensions.Contains(Path.GetExtension(path)) || Path.GetFileName(path).StartsWith('.')) continue;
            var info = new FileInfo(path);
            var stamp = (info.Length, info.LastWriteTimeUtc);
            if (_handled.TryGetValue(path, out var handled) && handled == stamp) continue;
            if (!_lastSeen.TryGetValue(path, out var last) || last != stamp)
            {
                _lastSeen[path] = stamp;
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (IOException)
            {
                continue; // Still open for writing elsewhere: tried again at the next poll.
            }

            _handled[path] = stamp;
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<ArticleStore>().ContainsFileAsync(ArticleStore.Hash(bytes), cancellationToken)) continue;
            var name = Path.GetRelativePath(folder, path);
            var refusal = scope.ServiceProvider.GetRequiredService<UploadImporter>().Refusal(name, bytes.Length);
            var id = jobs.Create("watched folder", [(name, refusal is null ? bytes : null)], refusal is null ? new Dictionary<int, UploadOutcome>() : new() { [0] = refusal });
            worker.Enqueue(id);
            log.WatchedFileAccepted(name, id);
        }
    }
}
