using System.Runtime.CompilerServices;
using MapDashboard.Data.Queries;

namespace MapDashboard.Tests.Api;

/// <summary>
/// Holds a stream of events after its first <c>after</c> rows until <see cref="Open"/>, and says how many rows
/// were read when the stream ended, so a test can see what a response did while its query was mid-way.
/// </summary>
public sealed class GatedStream(int after)
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<int> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the number of rows read when the stream ends, whether read to the end, cancelled or left.</summary>
    public Task<int> Finished => _finished.Task;

    public void Open() => _gate.TrySetResult();

    public async IAsyncEnumerable<EventRecord> Through(
        IAsyncEnumerable<EventRecord> events, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var read = 0;
        try
        {
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                if (read == after)
                {
                    await _gate.Task.WaitAsync(cancellationToken);
                }

                read++;
                yield return e;
            }
        }
        finally
        {
            _finished.TrySetResult(read);
        }
    }
}

/// <summary>The real queries, with <see cref="StreamEventsAsync"/> passed through a <see cref="GatedStream"/>.</summary>
public sealed class GatedQueries(IDashboardQueries inner, GatedStream gate) : IDashboardQueries
{
    public IAsyncEnumerable<EventRecord> StreamEventsAsync(EventFilter filter, CancellationToken cancellationToken = default) =>
        gate.Through(inner.StreamEventsAsync(filter, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<ArticleSummary>> GetArticlesAsync(CancellationToken cancellationToken = default) =>
        inner.GetArticlesAsync(cancellationToken);

    public Task<ArticleDetail?> GetArticleAsync(long id, CancellationToken cancellationToken = default) =>
        inner.GetArticleAsync(id, cancellationToken);

    public Task<IReadOnlyList<UnresolvedName>> GetUnresolvedNamesAsync(int occurrencesPerName = 20, CancellationToken cancellationToken = default) =>
        inner.GetUnresolvedNamesAsync(occurrencesPerName, cancellationToken);
}
