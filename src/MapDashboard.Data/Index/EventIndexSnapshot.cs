using System.Collections.Concurrent;

namespace MapDashboard.Data.Index;

/// <summary>
/// One consistent, never-changing view of the index. Its arrays may be longer than its counts (the writer appends
/// past them for the next snapshot) and may be shared with later snapshots; nothing below the counts ever changes.
/// Rows are in article order, so an article's rows are contiguous: per-group distinct report counts need only the
/// last article seen per group.
/// </summary>
public sealed class EventIndexSnapshot
{
    private readonly ConcurrentDictionary<long, int> _placeIndexes;
    private readonly Lazy<RowLayout> _layout;
    private CorpusStatistics? _statistics;

    internal EventIndexSnapshot(long version, EventRow[] rows, int rowCount, IndexedArticle[] articles, int articleCount,
        IndexedPlace[] places, int placeCount, ConcurrentDictionary<long, int> placeIndexes, string[] sources, int sourceCount)
    {
        Version = version;
        Rows = rows;
        RowCount = rowCount;
        Articles = articles;
        ArticleCount = articleCount;
        Places = places;
        PlaceCount = placeCount;
        _placeIndexes = placeIndexes;
        Sources = sources;
        SourceCount = sourceCount;
        _layout = new Lazy<RowLayout>(() => RowLayout.Of(this));
    }

    /// <summary>Grows with every change: cached answers keyed by it are never stale.</summary>
    public long Version { get; }

    /// <summary>How many events (resolved mentions) the snapshot holds.</summary>
    public int EventCount => RowCount;

    /// <summary>The highest article id stored (0 when empty).</summary>
    public long LatestArticleId => ArticleCount == 0 ? 0 : Articles[ArticleCount - 1].Id;

    internal EventRow[] Rows { get; }
    internal int RowCount { get; }
    internal IndexedArticle[] Articles { get; }
    internal int ArticleCount { get; }
    internal IndexedPlace[] Places { get; }
    internal int PlaceCount { get; }

    /// <summary>Outlets by index; index 0 is "" (no source).</summary>
    internal string[] Sources { get; }
    internal int SourceCount { get; }

    /// <summary>Totals over the whole snapshot, computed on first use.</summary>
    internal CorpusStatistics Statistics => _statistics ??= CorpusStatistics.Of(this);

    /// <summary>The rows by place and by date, built on first use (once, however many readers ask at once).</summary>
    internal RowLayout Layout => _layout.Value;

    /// <summary>The end (exclusive) of an article's rows.</summary>
    internal int RowEnd(int article) => article + 1 < ArticleCount ? Articles[article + 1].FirstRow : RowCount;

    /// <summary>The index of a place id, or -1 when no event of this snapshot has it.</summary>
    internal int PlaceIndexOf(long placeId) =>
        _placeIndexes.TryGetValue(placeId, out var index) && index < PlaceCount ? index : -1;

    /// <summary>The first article index whose id is above <paramref name="articleId"/> (ArticleCount when none).</summary>
    internal int FirstArticleAfter(long articleId)
    {
        int lo = 0, hi = ArticleCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Articles[mid].Id <= articleId)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of an article id, or -1 when the snapshot lacks it.</summary>
    internal int ArticleIndexOf(long articleId)
    {
        var after = FirstArticleAfter(articleId - 1);
        return after < ArticleCount && Articles[after].Id == articleId ? after : -1;
    }
}
