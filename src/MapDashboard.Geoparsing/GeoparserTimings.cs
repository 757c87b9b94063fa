using System.Diagnostics;

namespace MapDashboard.Geoparsing;

/// <summary>The stages of the geoparser, in pipeline order.</summary>
public enum GeoparserStage
{
    /// <summary>Cutting documents into articles.</summary>
    Splitting,
    /// <summary>Finding place names (includes the gazetteer's name spotting).</summary>
    Recognition,
    /// <summary>Choosing gazetteer entries (includes gazetteer lookups).</summary>
    Resolution,
    /// <summary>Article and event dates.</summary>
    Dating,
}

/// <summary>Cumulative wall-clock time per stage; safe to update from several threads.</summary>
public sealed class GeoparserTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<GeoparserStage>().Length];

    /// <summary>Total time spent in <paramref name="stage"/>.</summary>
    public TimeSpan this[GeoparserStage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/> value) to a stage.</summary>
    public void Add(GeoparserStage stage, long startTimestamp) =>
        Interlocked.Add(ref _ticks[(int)stage], Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>"splitting 12 ms, recognition 340 ms, ...".</summary>
    public override string ToString() =>
        string.Join(", ", Enum.GetValues<GeoparserStage>().Select(s => $"{s.ToString().ToLowerInvariant()} {this[s].TotalMilliseconds:0} ms"));
}
