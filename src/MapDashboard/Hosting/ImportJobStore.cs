using System.Collections.Concurrent;
using System.Text.Json;

namespace MapDashboard.Hosting;

/// <summary>One file of an import job: its name, and its outcome once it is known (null while pending).</summary>
public sealed record ImportJobFile(string Name, UploadOutcome? Outcome);

/// <summary>An import as a job: accepted files, stored on disk before any is geoparsed, and their outcomes so far.</summary>
/// <param name="Id">Sortable id: the UTC time it was accepted, then a random suffix.</param>
/// <param name="CreatedAtUtc">When it was accepted (UTC).</param>
/// <param name="Source">Who made it: "upload", or "watched folder".</param>
/// <param name="Cancelled">Whether a user cancelled it.</param>
/// <param name="Files">Its files, in the order they were sent.</param>
public sealed record ImportJob(string Id, DateTime CreatedAtUtc, string Source, bool Cancelled, IReadOnlyList<ImportJobFile> Files)
{
    /// <summary>"queued", "running", "done" or "cancelled".</summary>
    public string State => Files.All(f => f.Outcome is not null) ? (Cancelled ? "cancelled" : "done") : Files.Any(f => f.Outcome is not null) ? "running" : "queued";

    /// <summary>Files with an outcome.</summary>
    public int Finished => Files.Count(f => f.Outcome is not null);
}

/// <summary>
/// Import jobs on disk under <c>data/imports/</c>: a folder per job holding the accepted files' bytes, then
/// <c>job.json</c> (written last, by rename: a job exists only once all its files are on disk), an
/// <c>N.outcome.json</c> per finished file and a <c>cancelled</c> marker. Nothing lives only in memory, so a
/// server killed mid-import (even with <c>kill -9</c>) finishes the job when it starts again; files are keyed by
/// content hash in the store, so a file stored just before the kill is "already imported", never stored twice.
/// What is on disk is also kept in memory once read (this process is the only writer of its data folder's jobs):
/// the import page and <c>GET /api/imports</c> are polled while a job runs, and reading a 1,000-file job's outcomes
/// from disk cost 170 ms a poll, held a core and slowed every dashboard read during the import.
/// </summary>
public sealed class ImportJobStore(AppPaths paths)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, CachedJob> _cache = new(StringComparer.Ordinal);

    private string Root => Path.Combine(paths.DataDirectory, "imports");

    /// <summary>Writes a new job; <paramref name="refused"/> holds outcomes known at once (too big, empty, wrong kind) by file index.</summary>
    public string Create(string source, IReadOnlyList<(string Name, byte[]? Bytes)> files, IReadOnlyDictionary<int, UploadOutcome> refused)
    {
        var id = $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid().ToString("n")[..6]}";
        var folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files.Count; i++)
        {
            if (refused.TryGetValue(i, out var outcome)) WriteAtomically(OutcomePath(folder, i), JsonSerializer.SerializeToUtf8Bytes(outcome, Json));
            else File.WriteAllBytes(DataPath(folder, i), files[i].Bytes ?? []);
        }
        var manifest = new Manifest(id, DateTime.UtcNow, source, [.. files.Select(f => f.Name)]);
        WriteAtomically(Path.Combine(folder, "job.json"), JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
        _cache[id] = new CachedJob(manifest, [.. Enumerable.Range(0, files.Count).Select(i => refused.GetValueOrDefault(i))]);
        return id;
    }

    /// <summary>Every complete job, oldest first.</summary>
    public IReadOnlyList<ImportJob> List() =>
        Directory.Exists(Root) ? [.. Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal).Select(d => Load(Path.GetFileName(d))).OfType<ImportJob>()] : [];

    /// <summary>The newest <paramref name="count"/> complete jobs, newest first (only those are read).</summary>
    public IReadOnlyList<ImportJob> Recent(int count) =>
        Directory.Exists(Root) ? [.. Directory.EnumerateDirectories(Root).OrderDescending(StringComparer.Ordinal).Select(d => Load(Path.GetFileName(d))).OfType<ImportJob>().Take(count)] : [];

    /// <summary>The job, or null when there is none (or it was never completely accepted).</summary>
    public ImportJob? Load(string id)
    {
        if (!IsId(id)) return null;
        if (!_cache.TryGetValue(id, out var job))
        {
            var folder = Path.Combine(Root, id);
            var manifestPath = Path.Combine(folder, "job.json");
            if (!File.Exists(manifestPath)) return null;
            var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifestPath), Json)!;
            job = _cache.GetOrAdd(id, new CachedJob(manifest, [.. manifest.Files.Select((_, i) => ReadOutcome(folder, i))])
            {
                Cancelled = File.Exists(Path.Combine(folder, "cancelled")),
            });
        }

        var files = job.Manifest.Files.Select((name, i) => new ImportJobFile(name, job.Outcomes[i])).ToList();
        return new ImportJob(job.Manifest.Id, job.Manifest.CreatedAtUtc, job.Manifest.Source, job.Cancelled, files);
    }

    /// <summary>The bytes of a pending file.</summary>
    public byte[] ReadFile(string id, int index) => File.ReadAllBytes(DataPath(Path.Combine(Root, id), index));

    /// <summary>Records a file's outcome and drops its bytes (the store has them now).</summary>
    public void Finish(string id, int index, UploadOutcome outcome)
    {
        var folder = Path.Combine(Root, id);
        WriteAtomically(OutcomePath(folder, index), JsonSerializer.SerializeToUtf8Bytes(outcome, Json));
        File.Delete(DataPath(folder, index));
        if (_cache.TryGetValue(id, out var job)) job.Outcomes[index] = outcome;
    }

    /// <summary>Marks the job cancelled: its pending files are not geoparsed. False when there is no such job.</summary>
    public bool Cancel(string id)
    {
        if (Load(id) is null) return false;
        File.WriteAllText(Path.Combine(Root, id, "cancelled"), "");
        _cache[id].Cancelled = true;
        return true;
    }

    // A job id is made here: refuse anything else before it reaches a path ("../../etc").
    private static bool IsId(string id) => id.Length is > 10 and < 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static string DataPath(string folder, int index) => Path.Combine(folder, $"{index:D5}.data");

    private static string OutcomePath(string folder, int index) => Path.Combine(folder, $"{index:D5}.outcome.json");

    private static UploadOutcome? ReadOutcome(string folder, int index)
    {
        var path = OutcomePath(folder, index);
        return File.Exists(path) ? JsonSerializer.Deserialize<UploadOutcome>(File.ReadAllBytes(path), Json) : null;
    }

    // Temp file, flushed, then renamed over the target: a crash leaves the old file or the new, never half of one.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>A job as read or written: its manifest never changes; outcomes and the marker only ever get set.</summary>
    private sealed class CachedJob(Manifest manifest, UploadOutcome?[] outcomes)
    {
        public Manifest Manifest { get; } = manifest;
        public UploadOutcome?[] Outcomes { get; } = outcomes;
        public volatile bool Cancelled;
    }

    private sealed record Manifest(string Id, DateTime CreatedAtUtc, string Source, IReadOnlyList<string> Files);
}
