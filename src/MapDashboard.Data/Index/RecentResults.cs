namespace MapDashboard.Data.Index;

/// <summary>
/// The last few computed values by key (least recently used dropped): the map page asks for the same filter's
/// markers, counts, histogram and list pages in a row, so compiling a filter or sorting its reports once pays.
/// </summary>
internal sealed class RecentResults<T>(int capacity)
    where T : class
{
    private readonly LinkedList<(string Key, T Value)> _entries = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, T Value)>> _byKey = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public T? Get(string key)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            _entries.Remove(node);
            _entries.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, replacing what it held.</summary>
    public void Add(string key, T value)
    {
        lock (_lock)
        {
            if (_byKey.Remove(key, out var old))
            {
                _entries.Remove(old);
            }

            _byKey.Add(key, _entries.AddFirst((key, value)));
            while (_entries.Count > capacity)
            {
                _byKey.Remove(_entries.Last!.Value.Key);
                _entries.RemoveLast();
            }
        }
    }
}
