namespace MapDashboard.Data.Index;

/// <summary>
/// The last few computed values by key (least recently used dropped): the map page asks for the same filter's
/// markers, counts, histogram and list pages in a row, so compiling a filter or sorting its reports once pays.
/// </summary>
internal sealed class RecentResults<T>(int capacity)
    where T : class
{
    private readonly LinkedList<(string Key, T Value)> _entries = new();
    private readonly Lock _lock = new();

    public T? Get(string key)
    {
        lock (_lock)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    return node.Value.Value;
                }
            }

            return null;
        }
    }

    public void Add(string key, T value)
    {
        lock (_lock)
        {
            _entries.AddFirst((key, value));
            while (_entries.Count > capacity)
            {
                _entries.RemoveLast();
            }
        }
    }
}
