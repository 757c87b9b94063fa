using MapDashboard.Data.Ingestion;
using Microsoft.Extensions.Options;

namespace MapDashboard.Hosting;

/// <summary>Limits on uploads (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Largest file accepted, in bytes (default 10 MB); a larger one is reported and skipped.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest whole request, in bytes (default 100 MB): Kestrel refuses anything larger with 413.</summary>
    public long MaxRequestBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Most files (and form fields) in one request (default 10,000): the form reader's own default of 1,024 was a 500.</summary>
    public int MaxFilesPerRequest { get; set; } = 10_000;

    /// <summary>Longest one file may be geoparsed, in seconds (default 10), before it is refused with a message.</summary>
    public double GeoparseSeconds { get; set; } = FileIngestor.DefaultGeoparseBudget.TotalSeconds;
}

/// <summary>One upload as the user sees its outcome: articles, events and unresolved names added, or why it was skipped.</summary>
public sealed record UploadOutcome(string Name, int Articles, int Events, int Unresolved, bool AlreadyImported, string? Error);

/// <summary>
/// Turns uploads and pasted text into an import job (<see cref="ImportJobStore"/>, run by <see cref="ImportWorker"/>)
/// and waits for its outcomes: a file that is too big, empty or of an unknown kind is refused at once, and the
/// others still go in. The caller going away cancels the job.
/// </summary>
public sealed class UploadImporter(FileIngestor ingestor, IOptions<ImportOptions> options, ImportJobStore jobs, ImportWorker worker)
{
    /// <summary>The limit per file, in bytes.</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Accepts pasted text (when not blank) and files as one job, and answers each one's outcome, in that order.</summary>
    public async Task<IReadOnlyList<UploadOutcome>> ImportAsync(string? pastedName, string? text, IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        var items = new List<(string Name, byte[]? Bytes)>();
        var refused = new Dictionary<int, UploadOutcome>();
        void Add(string name, byte[]? bytes, UploadOutcome? refusal)
        {
            if (refusal is not null) refused[items.Count] = refusal;
            items.Add((name, refusal is null ? bytes : null));
        }

        if (text is { Length: > 0 } && text.Trim().Length > 0)
        {
            var name = Api.ImportEndpoints.PastedName(pastedName);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            Add(name, bytes, Refusal(name, bytes.Length) ?? Emptiness(name, bytes));
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName) is { Length: > 0 } n && !string.IsNullOrWhiteSpace(n) ? n : "upload";
            if ((Refusal(name, file.Length) ?? Kind(name)) is { } refusal)
            {
                Add(name, null, refusal);
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.ToArray();
            Add(name, bytes, Emptiness(name, bytes));
        }

        if (items.Count == 0) return [];
        var id = jobs.Create("upload", items, refused);
        worker.Enqueue(id);
        try
        {
            var job = await worker.WaitAsync(id, cancellationToken);
            return [.. job.Files.Select(f => f.Outcome ?? Failed(f.Name, $"{f.Name} was not imported."))];
        }
        catch (OperationCanceledException)
        {
            worker.Cancel(id);
            throw;
        }
    }

    /// <summary>Geoparses and stores one accepted file (the worker's step).</summary>
    public async Task<UploadOutcome> StoreAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        ingestor.GeoparseBudget = TimeSpan.FromSeconds(options.Value.GeoparseSeconds);
        FileIngestion result;
        try
        {
            result = await ingestor.IngestBytesAsync(name, bytes, cancellationToken: cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e)
        {
            // One file the store refuses must not cost the job its other files.
            return Failed(name, $"{name} could not be stored: {e.InnerException?.Message ?? e.Message}");
        }

        if (result.Result is not { } stored)
        {
            return Failed(name, result.Error ?? $"{name} could not be imported.");
        }

        return new UploadOutcome(name, stored.ArticlesAdded, stored.EventsAdded, stored.UnresolvedAdded, stored.AlreadyIngested, null);
    }

    /// <summary>Why a file of <paramref name="length"/> bytes is refused for its size, or null.</summary>
    public UploadOutcome? Refusal(string name, long length) => length > MaxFileBytes
        ? Failed(name, $"{name} is {Megabytes(length)}, over the {Megabytes(MaxFileBytes)} limit per file: split it or raise Import:MaxFileBytes.")
        : null;

    private static UploadOutcome? Kind(string name) => FileIngestor.KnownExtensions.Contains(Path.GetExtension(name))
        ? null
        : Failed(name, $"{name}: only .txt, .md, .html, RSS/Atom .xml and .json files can be imported.");

    private static UploadOutcome? Emptiness(string name, byte[] bytes) => bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t\uFEFF"u8).Length == 0
        ? Failed(name, $"{name} is empty: nothing to import.")
        : null;

    /// <summary>An outcome that says why nothing was imported.</summary>
    public static UploadOutcome Failed(string name, string error) => new(name, 0, 0, 0, false, error);

    private static string Megabytes(long bytes) =>
        bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
