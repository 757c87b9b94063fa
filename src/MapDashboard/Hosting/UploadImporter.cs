using MapDashboard.Data.Ingestion;

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

    /// <summary>Longest one file may be geoparsed, in seconds (default 12), before it is refused with a message.</summary>
    public double GeoparseSeconds { get; set; } = FileIngestor.DefaultGeoparseBudget.TotalSeconds;
}

/// <summary>One upload as the user sees its outcome: articles, events and unresolved names added, or why it was skipped.</summary>
public sealed record UploadOutcome(string Name, int Articles, int Events, int Unresolved, bool AlreadyImported, string? Error);

/// <summary>
/// Geoparses uploads and pasted text into the store through <see cref="FileIngestor.IngestBytesAsync"/>, one file
/// at a time: a file that is too big, empty, of an unknown kind or not UTF-8 is reported and the others still go in.
/// </summary>
public sealed class UploadImporter(FileIngestor ingestor, Microsoft.Extensions.Options.IOptions<ImportOptions> options)
{
    /// <summary>The limit per file, in bytes.</summary>
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Imports one uploaded file.</summary>
    public async Task<UploadOutcome> ImportFileAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "upload";
        }

        if (file.Length > MaxFileBytes)
        {
            return Failed(name, $"{name} is {Megabytes(file.Length)}, over the {Megabytes(MaxFileBytes)} limit per file: split it or raise Import:MaxFileBytes.");
        }

        if (!FileIngestor.KnownExtensions.Contains(Path.GetExtension(name)))
        {
            return Failed(name, $"{name}: only .txt, .md, .html, RSS/Atom .xml and .json files can be imported.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return await ImportBytesAsync(name, buffer.ToArray(), cancellationToken);
    }

    /// <summary>Imports pasted text as a plain-text file named <paramref name="name"/>.</summary>
    public Task<UploadOutcome> ImportTextAsync(string name, string text, CancellationToken cancellationToken) =>
        ImportBytesAsync(name, System.Text.Encoding.UTF8.GetBytes(text), cancellationToken);

    private async Task<UploadOutcome> ImportBytesAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length > MaxFileBytes)
        {
            return Failed(name, $"{name} is {Megabytes(bytes.Length)}, over the {Megabytes(MaxFileBytes)} limit per file.");
        }

        if (bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t\uFEFF"u8).Length == 0)
        {
            return Failed(name, $"{name} is empty: nothing to import.");
        }

        ingestor.GeoparseBudget = TimeSpan.FromSeconds(options.Value.GeoparseSeconds);
        FileIngestion result;
        try
        {
            result = await ingestor.IngestBytesAsync(name, bytes, cancellationToken: cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e)
        {
            // One file the store refuses must not cost the request its other files.
            return Failed(name, $"{name} could not be stored: {e.InnerException?.Message ?? e.Message}");
        }

        if (result.Result is not { } stored)
        {
            return Failed(name, result.Error ?? $"{name} could not be imported.");
        }

        return new UploadOutcome(name, stored.ArticlesAdded, stored.EventsAdded, stored.UnresolvedAdded, stored.AlreadyIngested, null);
    }

    private static UploadOutcome Failed(string name, string error) => new(name, 0, 0, 0, false, error);

    private static string Megabytes(long bytes) =>
        bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
