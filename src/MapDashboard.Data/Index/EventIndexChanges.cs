using System.Collections.Concurrent;

namespace MapDashboard.Data.Index;

/// <summary>
/// Tells the <see cref="EventIndex"/> which stored articles changed in place (a user's correction), so its next
/// read re-reads their events. New articles need no signal: the index notices a higher article id by itself.
/// A singleton shared by the corrector (scoped) and the index.
/// </summary>
public sealed class EventIndexChanges
{
    private readonly ConcurrentQueue<long> _articles = new();

    /// <summary>The mentions of <paramref name="articleId"/> changed in the store (call after saving).</summary>
    public void ArticleChanged(long articleId) => _articles.Enqueue(articleId);

    internal bool HasPending => !_articles.IsEmpty;

    internal HashSet<long> TakeAll()
    {
        var taken = new HashSet<long>();
        while (_articles.TryDequeue(out var id))
        {
            taken.Add(id);
        }

        return taken;
    }
}
