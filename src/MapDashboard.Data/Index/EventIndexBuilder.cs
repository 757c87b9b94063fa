using System.Collections.Concurrent;

namespace MapDashboard.Data.Index;

/// <summary>
/// The writer's side of the index: growable tables (capacity doubling) that it appends to past every published
/// snapshot's counts, so publishing is a reference swap and readers never see a half-written row. Only one
/// thread writes at a time (<see cref="EventIndex"/> holds a lock).
/// </summary>
internal sealed class EventIndexBuilder
{
    private readonly ConcurrentDictionary<long, int> _placeIndexes = new();
    private readonly Dictionary<string, int> _sourceIndexes = new(StringComparer.Ordinal) { [""] = 0 };
    private EventRow[] _rows = new EventRow[1024];
    private IndexedArticle[] _articles = new IndexedArticle[256];
    private IndexedPlace[] _places = new IndexedPlace[256];
    private string[] _sources = new string[16];
    private int _rowCount, _articleCount, _placeCount, _sourceCount = 1;

    public EventIndexBuilder() => _sources[0] = "";

    public long LatestArticleId => _articleCount == 0 ? 0 : _articles[_articleCount - 1].Id;

    /// <summary>Adds an article after all others (ids only grow); its rows follow through <see cref="AddRow"/>.</summary>
    public int AddArticle(long id, string? source)
    {
        var key = source ?? "";
        if (!_sourceIndexes.TryGetValue(key, out var sourceIndex))
        {
            sourceIndex = _sourceCount;
            Append(ref _sources, ref _sourceCount, key);
            _sourceIndexes.Add(key, sourceIndex);
        }

        Append(ref _articles, ref _articleCount, new IndexedArticle(id, sourceIndex, _rowCount));
        return _articleCount - 1;
    }

    /// <summary>Adds a row of the last added article.</summary>
    public void AddRow(EventRow row) => Append(ref _rows, ref _rowCount, row.InArticle(_articleCount - 1));

    /// <summary>The dense index of a place, adding it (through <paramref name="describe"/>) when new.</summary>
    public int PlaceIndex<TState>(long placeId, TState state, Func<TState, IndexedPlace> describe)
    {
        if (_placeIndexes.TryGetValue(placeId, out var index))
        {
            return index;
        }

        Append(ref _places, ref _placeCount, describe(state));
        _placeIndexes[placeId] = _placeCount - 1;
        return _placeCount - 1;
    }

    /// <summary>
    /// Replaces one article's rows (a correction moved, added or dismissed a mention): the rows and articles are
    /// copied into new arrays, so earlier snapshots keep theirs. O(rows), for human-paced corrections only.
    /// </summary>
    public void ReplaceRows(long articleId, IReadOnlyList<EventRow> rows)
    {
        var article = Array.BinarySearch(_articles, 0, _articleCount, new IndexedArticle(articleId, 0, 0), ArticleIdOrder.Instance);
        if (article < 0)
        {
            return;
        }

        var first = _articles[article].FirstRow;
        var end = article + 1 < _articleCount ? _articles[article + 1].FirstRow : _rowCount;
        var shift = rows.Count - (end - first);
        var newRows = new EventRow[Math.Max(_rows.Length, _rowCount + shift)];
        Array.Copy(_rows, newRows, first);
        for (var i = 0; i < rows.Count; i++)
        {
            newRows[first + i] = rows[i].InArticle(article);
        }

        Array.Copy(_rows, end, newRows, first + rows.Count, _rowCount - end);
        var newArticles = (IndexedArticle[])_articles.Clone();
        for (var a = article + 1; a < _articleCount; a++)
        {
            newArticles[a] = newArticles[a] with { FirstRow = newArticles[a].FirstRow + shift };
        }

        (_rows, _articles, _rowCount) = (newRows, newArticles, _rowCount + shift);
    }

    public EventIndexSnapshot Publish(long version) =>
        new(version, _rows, _rowCount, _articles, _articleCount, _places, _placeCount, _placeIndexes, _sources, _sourceCount);

    private static void Append<T>(ref T[] items, ref int count, T item)
    {
        if (count == items.Length)
        {
            // A new array, never a resize in place: published snapshots keep reading the old one.
            var grown = new T[items.Length * 2];
            Array.Copy(items, grown, count);
            items = grown;
        }

        items[count++] = item;
    }

    private sealed class ArticleIdOrder : IComparer<IndexedArticle>
    {
        public static readonly ArticleIdOrder Instance = new();

        public int Compare(IndexedArticle x, IndexedArticle y) => x.Id.CompareTo(y.Id);
    }
}
