using System.Text;
using MapDashboard.Geoparsing;
using MapDashboard.Geoparsing.Splitting;

namespace MapDashboard.Data.Ingestion;

/// <summary>What happened to one input file.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="Result">What was stored; null when the file could not be read or parsed.</param>
/// <param name="Error">Why the file was skipped, for the user; null on success.</param>
public sealed record FileIngestion(string Path, StoreResult? Result, string? Error);

/// <summary>
/// Reads files and folders, geoparses each file and stores its articles. A file that cannot be read or
/// parsed is reported and skipped; the others still go in (one transaction per file). The geoparser (and
/// so the gazetteer behind it) is only built when a file is new: a restart over stored seeds stays quick.
/// </summary>
public sealed class FileIngestor(Lazy<Geoparser> geoparser, ArticleStore store)
{
    /// <summary>
    /// Default <see cref="GeoparseBudget"/>: a 100 KB news file geoparses in about a second; a 10 MB file of one
    /// line or a million place names ran for minutes and held a core. Over the budget the file is refused.
    /// </summary>
    public static readonly TimeSpan DefaultGeoparseBudget = TimeSpan.FromSeconds(10);

    /// <summary>Longest one file may be geoparsed (wall clock) before it is refused with a message.</summary>
    public TimeSpan GeoparseBudget { get; set; } = DefaultGeoparseBudget;

    /// <summary>Extensions read when a folder is given; anything else in a folder is ignored.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>([".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".json"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Files <see cref="IngestAsync"/> geoparses at once (on every core) and stores in one transaction: a file of one
    /// report costs a commit (a disk sync) and a few queries, more than its geoparsing, so files go in by the batch.
    /// </summary>
    public const int BatchFiles = 64;

    /// <summary>
    /// Ingests every path: files as given, folders by their known files in name order (recursively). Files are
    /// geoparsed in parallel, a batch at a time, while the batch before is stored (one transaction per batch; a batch
    /// a concurrent import collides with is stored again file by file). Results come in the order of the files.
    /// </summary>
    public async Task<IReadOnlyList<FileIngestion>> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            files.AddRange(Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => KnownExtensions.Contains(System.IO.Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal)
                : [path]);
        }

        var results = new List<FileIngestion>(files.Count);
        Batch? parsed = null;
        foreach (var chunk in files.Chunk(BatchFiles))
        {
            var batch = await ReadAsync(chunk, cancellationToken);
            // The store is free here: the batch before is stored while this one is geoparsed.
            var storing = parsed is null ? Task.FromResult<IReadOnlyList<FileIngestion>>([]) : StoreAsync(parsed, cancellationToken);
            await Task.Run(() => Parse(batch, cancellationToken), cancellationToken);
            results.AddRange(await storing);
            parsed = batch;
        }

        if (parsed is not null)
        {
            results.AddRange(await StoreAsync(parsed, cancellationToken));
        }

        return results;
    }

    /// <summary>One file of a batch: its bytes (null once decided), and what became of it.</summary>
    private sealed class BatchFile(string path, string name, byte[]? bytes, string hash)
    {
        public string Path => path;
        public string Name => name;
        public string Hash => hash;
        public byte[]? Bytes { get; set; } = bytes;
        public IReadOnlyList<GeoparsedArticle>? Articles { get; set; }
        public FileIngestion? Outcome { get; set; }
    }

    private sealed record Batch(IReadOnlyList<BatchFile> Files);

    /// <summary>Reads a batch's files; those unreadable or stored before are decided at once.</summary>
    private async Task<Batch> ReadAsync(string[] paths, CancellationToken cancellationToken)
    {
        var files = new List<BatchFile>(paths.Length);
        foreach (var path in paths)
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
                files.Add(new BatchFile(path, System.IO.Path.GetFileName(path), bytes, ArticleStore.Hash(bytes)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                files.Add(new BatchFile(path, "", null, "") { Outcome = new FileIngestion(path, null, $"cannot read {path}: {e.Message}") });
            }
        }

        var stored = await store.StoredFilesAsync([.. files.Where(f => f.Bytes is not null).Select(f => f.Hash)], cancellationToken);
        foreach (var file in files.Where(f => f.Bytes is not null && stored.Contains(f.Hash)))
        {
            (file.Bytes, file.Outcome) = (null, new FileIngestion(file.Path, new StoreResult(true, 0, 0, 0, 0), null));
        }

        return new Batch(files);
    }

    /// <summary>Geoparses a batch's undecided files on every core (the geoparser is thread-safe).</summary>
    private void Parse(Batch batch, CancellationToken cancellationToken)
    {
        var pending = batch.Files.Where(f => f.Bytes is not null).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var parser = geoparser.Value;
        Parallel.ForEach(pending, new ParallelOptions { CancellationToken = cancellationToken }, file =>
        {
            var (articles, error) = Geoparse(parser, file.Name, file.Bytes!, file.Path, cancellationToken);
            file.Bytes = null;
            if (error is not null)
            {
                file.Outcome = new FileIngestion(file.Path, null, error);
            }
            else
            {
                file.Articles = articles;
            }
        });
    }

    /// <summary>Stores a batch's geoparsed files in one transaction; the batch's outcomes, in its order.</summary>
    private async Task<IReadOnlyList<FileIngestion>> StoreAsync(Batch batch, CancellationToken cancellationToken)
    {
        var toStore = batch.Files.Where(f => f.Outcome is null && f.Articles is not null).ToList();
        var stored = await store.AddBatchAsync([.. toStore.Select(f => new ParsedFile(f.Name, f.Hash, f.Articles!))], cancellationToken);
        for (var i = 0; i < toStore.Count; i++)
        {
            toStore[i].Outcome = new FileIngestion(toStore[i].Path, stored[i], null);
        }

        return [.. batch.Files.Select(f => f.Outcome!)];
    }

    /// <summary>Ingests one file from disk.</summary>
    public async Task<FileIngestion> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new FileIngestion(path, null, $"cannot read {path}: {e.Message}");
        }

        return await IngestBytesAsync(System.IO.Path.GetFileName(path), bytes, path, cancellationToken);
    }

    /// <summary>Ingests the bytes of one file or upload, named <paramref name="name"/>.</summary>
    public async Task<FileIngestion> IngestBytesAsync(string name, byte[] bytes, string? displayPath = null, CancellationToken cancellationToken = default)
    {
        displayPath ??= name;
        var hash = ArticleStore.Hash(bytes);
        if (await store.ContainsFileAsync(hash, cancellationToken))
        {
            return new FileIngestion(displayPath, new StoreResult(true, 0, 0, 0, 0), null);
        }

        var (articles, error) = Geoparse(geoparser.Value, name, bytes, displayPath, cancellationToken);
        return error is not null
            ? new FileIngestion(displayPath, null, error)
            : new FileIngestion(displayPath, await store.AddAsync(name, hash, articles!, cancellationToken), null);
    }

    /// <summary>Decodes and geoparses one file within <see cref="GeoparseBudget"/>: its articles, or why it cannot go in.</summary>
    private (IReadOnlyList<GeoparsedArticle>? Articles, string? Error) Geoparse(Geoparser parser, string name, byte[] bytes, string displayPath,
        CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = ControlCharacters.Strip(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            return (null, $"cannot read {displayPath}: it is not UTF-8 text");
        }

        // The budget is this file's geoparsing: the first file must not pay for loading the gazetteer, which takes
        // seconds on a busy machine (an ordinary first import timed out while the gazetteer loaded): the caller
        // builds the parser first.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(GeoparseBudget);
        try
        {
            return (parser.Parse(new SourceDocument(name, text, MediaTypeOf(name)), budget.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"cannot geoparse {displayPath}: it took over {GeoparseBudget.TotalSeconds:0} s, the budget per file: split it into smaller files.");
        }
        catch (GeoparseLimitException e)
        {
            return (null, $"cannot geoparse {displayPath}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad file (or a geoparser fault on it) must not stop the others going in.
            return (null, $"cannot geoparse {displayPath}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The media type a file name implies, or null to let the splitter sniff.</summary>
    public static string? MediaTypeOf(string name) => System.IO.Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" => "text/plain",
        ".md" or ".markdown" => "text/markdown",
        ".html" or ".htm" => "text/html",
        ".rss" => "application/rss+xml",
        ".atom" => "application/atom+xml",
        ".json" => "application/json",
        _ => null,
    };
}
