namespace MapDashboard.Data.Index;

/// <summary>
/// An in-memory, column-compact copy of what the map page filters on: one row per resolved mention, in article
/// order. Loaded from the store on first use, then kept current: articles added since (by id) are appended, and
/// articles a correction changed (<see cref="EventIndexChanges"/>) are re-read. Readers get an immutable
/// <see cref="EventIndexSnapshot"/>; a refresh publishes a new one. A singleton.
/// </summary>
public sealed class EventIndex(EventIndexOptions options, EventIndexChanges changes, TimeProvider? clock = null) : IDisposable
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private EventIndexBuilder _builder = new();
    private volatile EventIndexSnapshot? _snapshot;
    private long _lastCheck = long.MinValue;
    private long _version;
    private long _refreshesStarted;

    /// <summary>
    /// The current snapshot: loads the store on first use; otherwise brings in new articles and corrections when
    /// the store may have moved (checked at most every <see cref="EventIndexOptions.RefreshInterval"/>).
    /// </summary>
    public async ValueTask<EventIndexSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && !changes.HasPending && _clock.GetElapsedTime(_lastCheck) < options.RefreshInterval)
        {
            return snapshot;
        }

        return await RefreshAsync(force: false, cancellationToken);
    }

    /// <summary>Checks the store now, whatever the interval: new articles and pending corrections are read in.</summary>
    public Task<EventIndexSnapshot> RefreshAsync(CancellationToken cancellationToken = default) =>
        RefreshAsync(force: true, cancellationToken);

    private async Task<EventIndexSnapshot> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        var refreshesBefore = Volatile.Read(ref _refreshesStarted);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            // A refresh that began after this caller arrived saw everything stored before it asked: its snapshot
            // is current enough, whatever was stored since. Without this, during an import (a file stored every
            // few ms, each setting "changes pending") every waiting request ran a refresh of its own, one after
            // another: 100 dashboard readers queued behind each other, p99 0.86 s on routes that answer in 0.2 ms.
            var snapshot = _snapshot;
            if (snapshot is not null && _refreshesStarted > refreshesBefore)
            {
                return snapshot;
            }

            if (!force && snapshot is not null && !changes.HasPending && _clock.GetElapsedTime(_lastCheck) < options.RefreshInterval)
            {
                return snapshot;
            }

            _lastCheck = _clock.GetTimestamp();
            Volatile.Write(ref _refreshesStarted, _refreshesStarted + 1);
            using var connection = options.OpenConnection();
            var changed = changes.TakeAll();
            var latest = EventIndexLoader.MaxArticleId(connection);
            if (snapshot is null || latest < _builder.LatestArticleId)
            {
                // First use, or the store was replaced (ids never go down otherwise): read it all.
                _builder = new EventIndexBuilder();
                changed.Clear();
            }

            if (latest > _builder.LatestArticleId)
            {
                EventIndexLoader.Append(connection, _builder, _builder.LatestArticleId, latest);
            }

            foreach (var articleId in changed)
            {
                _builder.ReplaceRows(articleId, EventIndexLoader.ReadArticle(connection, _builder, articleId));
            }

            if (snapshot is null || latest != snapshot.LatestArticleId || changed.Count > 0)
            {
                _snapshot = snapshot = _builder.Publish(++_version);
            }

            return snapshot;
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();
}
