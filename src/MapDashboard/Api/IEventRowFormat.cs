using MapDashboard.Data.Queries;

namespace MapDashboard.Api;

/// <summary>
/// A file format written one event at a time into a response's <see cref="System.IO.Pipelines.PipeWriter"/>
/// (<see cref="StreamedEventsResult"/> drives it and flushes). Writes go to memory; nothing here blocks on the network.
/// </summary>
public interface IEventRowFormat : IDisposable
{
    /// <summary>What comes before the first event (a header row, the collection's opening).</summary>
    void WriteStart();

    /// <summary>One event.</summary>
    void WriteRow(EventRecord e);

    /// <summary>What comes after the last event.</summary>
    void WriteEnd();

    /// <summary>Hands everything written so far to the pipe, so that a flush sends it.</summary>
    void Commit();
}
