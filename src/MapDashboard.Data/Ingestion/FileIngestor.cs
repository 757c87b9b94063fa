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

    /// <summary>Ingests every path: files as given, folders by their known files in name order (recursively).</summary>
    public async Task<IReadOnlyList<FileIngestion>> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var results = new List<FileIngestion>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => KnownExtensions.Contains(System.IO.Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    results.Add(await IngestFileAsync(file, cancellationToken));
                }
            }
            else
            {
                results.Add(await IngestFileAsync(path, cancellationToken));
            }
        }

        return results;
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

        string text;
        try
        {
            text = ControlCharacters.Strip(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            return new FileIngestion(displayPath, null, $"cannot read {displayPath}: it is not UTF-8 text");
        }

        IReadOnlyList<GeoparsedArticle> articles;
        // The budget is this file's geoparsing: the first file must not pay for loading the gazetteer, which takes
        // seconds on a busy machine (an ordinary first import timed out while the gazetteer loaded).
        var parser = geoparser.Value;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(GeoparseBudget);
        try
        {
            articles = parser.Parse(new SourceDocument(name, text, MediaTypeOf(name)), budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FileIngestion(displayPath, null, $"cannot geoparse {displayPath}: it took over {GeoparseBudget.TotalSeconds:0} s, the budget per file: split it into smaller files.");
        }
        catch (GeoparseLimitException e)
        {
            return new FileIngestion(displayPath, null, $"cannot geoparse {displayPath}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad file (or a geoparser fault on it) must not stop the others going in.
            return new FileIngestion(displayPath, null, $"cannot geoparse {displayPath}: {e.GetType().Name}: {e.Message}");
        }

        return new FileIngestion(displayPath, await store.AddAsync(name, hash, articles, cancellationToken), null);
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
