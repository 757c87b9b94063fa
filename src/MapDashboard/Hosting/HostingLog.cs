namespace MapDashboard.Hosting;

/// <summary>
/// The host's log messages, generated once each ([LoggerMessage]): no formatting or boxing when the level is off,
/// and one place that says what the server tells its operator.
/// </summary>
internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Gazetteer loaded from {Directory} in {Milliseconds} ms")]
    public static partial void GazetteerLoaded(this ILogger log, string directory, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed skipped: {Error}")]
    public static partial void SeedSkipped(this ILogger log, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed {Path}: {Articles} articles, {Events} events, {Unresolved} unresolved names")]
    public static partial void SeedStored(this ILogger log, string path, int articles, int events, int unresolved);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {Job}: resuming, {Finished} of {Files} files done before the restart")]
    public static partial void ImportResuming(this ILogger log, string job, int finished, int files);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {Job}: {File} failed")]
    public static partial void ImportFileFailed(this ILogger log, Exception error, string job, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {Job}: {Error}")]
    public static partial void ImportFileRefused(this ILogger log, string job, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {Job}: {File}: {Articles} articles, {Events} events, {Unresolved} unresolved{Already}")]
    public static partial void ImportFileStored(this ILogger log, string job, string file, int articles, int events, int unresolved, string already);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for files to ingest")]
    public static partial void Watching(this ILogger log, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watched folder {Folder}: {Error}")]
    public static partial void WatchFailed(this ILogger log, string folder, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watched folder: {File} accepted as import job {Job}")]
    public static partial void WatchedFileAccepted(this ILogger log, string file, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for new reports failed")]
    public static partial void NewReportsCheckFailed(this ILogger log, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting new reports failed")]
    public static partial void NewReportsCountFailed(this ILogger log, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other instances' changes failed; trying again")]
    public static partial void StoreChangesListenFailed(this ILogger log, Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Map page redraw: markers read {MarkersMs} ms ({Markers} markers), drawn in the browser {DrawMs} ms, counts {CountsMs} ms, list {ListMs} ms, in all {TotalMs} ms")]
    public static partial void DashboardRedrawn(this ILogger log, long markersMs, int markers, long drawMs, long countsMs, long listMs, long totalMs);
}
