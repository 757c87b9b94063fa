using System.Collections.Concurrent;

namespace MapDashboard.Data.Index;

/// <summary>
/// Tells the <see cref="EventIndex"/> which stored articles changed in place (a user's correction), so its next
/// read re-reads their events, and that this process stored new articles, so its next read takes them in at once
/// (another process's ingest is noticed by the index's own periodic check of the highest article id).
/// A singleton shared by the corrector and the store (scoped) and the index.
/// </summary>
public sealed class EventIndexChanges
{
    private readonly ConcurrentQueue<long> _articles = new();
    private int _added;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The mentions of <paramref name="articleId"/> changed in the store (call after saving).</summary>
    public void ArticleChanged(long articleId) => _articles.Enqueue(articleId);

    /// <summary>This process, or another instance on PostgreSQL, stored new articles (call after committing them).</summary>
    public void ArticlesAdded()
    {
        Volatile.Write(ref _added, 1);
        Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// Completes at the next <see cref="ArticlesAdded"/> after this call: lets a watcher of new reports look at once
    /// instead of at its next poll (an import through this app, or a NOTIFY from another instance).
    /// </summary>
    public Task NextArticlesAdded => Volatile.Read(ref _arrived).Task;

    internal bool HasPending => !_articles.IsEmpty || Volatile.Read(ref _added) != 0;

    internal HashSet<long> TakeAll()
    {
        Volatile.Write(ref _added, 0);
        var taken = new HashSet<long>();
        while (_articles.TryDequeue(out var id))
        {
            taken.Add(id);
        }

        return taken;
    }
}
