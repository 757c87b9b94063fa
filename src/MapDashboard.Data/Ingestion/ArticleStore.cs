using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Model;
using MapDashboard.Geoparsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Ingestion;

/// <summary>What storing one source file did.</summary>
/// <param name="AlreadyIngested">The same bytes were ingested before; nothing was added.</param>
/// <param name="ArticlesAdded">New articles stored.</param>
/// <param name="ArticlesSkipped">Articles already in the store (same text), not stored again.</param>
/// <param name="EventsAdded">Resolved mentions stored: the new points on the map.</param>
/// <param name="UnresolvedAdded">Place-like names the gazetteer lacks, stored for review.</param>
public sealed record StoreResult(bool AlreadyIngested, int ArticlesAdded, int ArticlesSkipped, int EventsAdded, int UnresolvedAdded);

/// <summary>A geoparsed file to store: its name, the SHA-256 of its bytes and its articles.</summary>
public sealed record ParsedFile(string SourceName, string ContentHash, IReadOnlyList<GeoparsedArticle> Articles);

/// <summary>
/// Writes geoparsed articles to the store, one source file (or one batch of files) per transaction, so a failure leaves nothing
/// half-written. Files and articles are keyed by SHA-256: ingesting the same file (or the same article in
/// another file) again adds nothing.
/// </summary>
public sealed class ArticleStore(MapDashboardDbContext db, TimeProvider? clock = null, Index.EventIndexChanges? indexChanges = null)
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>SHA-256 of bytes, lower-case hex.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Whether a file with this content hash was ingested already.</summary>
    public Task<bool> ContainsFileAsync(string contentHash, CancellationToken cancellationToken = default) =>
        db.SourceFiles.AnyAsync(f => f.ContentHash == contentHash, cancellationToken);

    /// <summary>The content hashes among <paramref name="contentHashes"/> of files ingested already.</summary>
    public async Task<HashSet<string>> StoredFilesAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken = default) =>
        contentHashes.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(
                await db.SourceFiles.Where(f => contentHashes.Contains(f.ContentHash)).Select(f => f.ContentHash).ToListAsync(cancellationToken),
                StringComparer.Ordinal);

    /// <summary>How often a batch is stored again after another writer stored one of its articles first.</summary>
    private const int MaxAttempts = 5;

    /// <summary>Stores a source file's articles with their mentions.</summary>
    public async Task<StoreResult> AddAsync(string sourceName, string contentHash, IReadOnlyList<GeoparsedArticle> articles, CancellationToken cancellationToken = default) =>
        (await AddBatchAsync([new ParsedFile(sourceName, contentHash, articles)], cancellationToken))[0];

    /// <summary>
    /// Stores several files' articles in one transaction (one commit, a few queries for all): per file, what it added,
    /// in their order. A file whose bytes are stored already (before, or earlier in the batch) adds nothing, nor does an
    /// article stored already. When a concurrent import stored one of them meanwhile, each file is stored on its own.
    /// </summary>
    public async Task<IReadOnlyList<StoreResult>> AddBatchAsync(IReadOnlyList<ParsedFile> files, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddBatchAsync(files, cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or DbException && attempt < MaxAttempts)
            {
                // Insert-or-skip across ingesters: another one committed an article of these files (same text) after
                // ours read which were stored; its unique content hash refused ours. Read again and skip it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyList<StoreResult>> TryAddBatchAsync(IReadOnlyList<ParsedFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var storedFiles = await StoredFilesAsync([.. files.Select(f => f.ContentHash)], cancellationToken);
        var now = _clock.GetUtcNow().UtcDateTime;
        var hashes = files.Select(f => f.Articles.Select(a => Hash(Encoding.UTF8.GetBytes(a.Article.Text))).ToList()).ToList();
        var allHashes = hashes.SelectMany(h => h).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Articles.Where(a => allHashes.Contains(a.ContentHash)).Select(a => a.ContentHash).ToListAsync(cancellationToken);
        var seen = new HashSet<string>(known, StringComparer.Ordinal);
        // Users' corrections of these texts, made before (on an earlier copy of the article): applied again.
        var overrides = (await db.MentionOverrides.Where(o => allHashes.Contains(o.ArticleHash)).AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(o => o.ArticleHash, StringComparer.Ordinal);
        var results = new StoreResult[files.Count];
        var staged = new List<SourceFile>();
        for (var f = 0; f < files.Count; f++)
        {
            if (!storedFiles.Add(files[f].ContentHash))
            {
                results[f] = new StoreResult(true, 0, files[f].Articles.Count, 0, 0);
                continue;
            }

            var (file, result) = Stage(files[f], hashes[f], seen, overrides, now);
            staged.Add(file);
            results[f] = result;
        }

        if (staged.Count == 0)
        {
            return results;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await InsertAsync(staged, transaction.GetDbTransaction(), cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or DbException && files.Count > 1)
        {
            // A concurrent import stored one of these files first: store them one by one, each finding out on its own.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var single = new List<StoreResult>(files.Count);
            foreach (var file in files)
            {
                single.Add(await AddAsync(file.SourceName, file.ContentHash, file.Articles, cancellationToken));
            }

            return single;
        }
        catch (Exception e) when (e is DbUpdateException or DbException && StoredMeanwhile(files[0].ContentHash))
        {
            // Two requests imported the same file at once: the other stored it first (its unique content hash
            // refused ours). Ours is "already imported", not a 500 that loses the request's other files.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return [new StoreResult(true, 0, files[0].Articles.Count, 0, 0)];
        }

        await Postgres.PostgresStoreChanges.ArticlesAddedAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        indexChanges?.ArticlesAdded();
        return results;
    }

    /// <summary>
    /// Inserts the files, their articles and mentions with a prepared command per table (the full-text index follows
    /// by its triggers): the columns EF Core would write, without tracking thousands of entities per batch.
    /// </summary>
    private async Task InsertAsync(List<SourceFile> files, DbTransaction transaction, CancellationToken cancellationToken)
    {
        using var fileRows = new EntityInserter<SourceFile>(db, transaction);
        using var articleRows = new EntityInserter<Article>(db, transaction);
        using var mentionRows = new EntityInserter<Mention>(db, transaction);
        foreach (var file in files)
        {
            await fileRows.InsertAsync(file, cancellationToken);
            foreach (var article in file.Articles)
            {
                article.SourceFileId = file.Id;
                await articleRows.InsertAsync(article, cancellationToken);
                foreach (var mention in article.Mentions)
                {
                    mention.ArticleId = article.Id;
                    await mentionRows.InsertAsync(mention, cancellationToken);
                }
            }
        }
    }

    /// <summary>One file's entities, its articles not <paramref name="seen"/> before (which it adds to), with users' corrections applied.</summary>
    private static (SourceFile File, StoreResult Result) Stage(ParsedFile parsed, List<string> hashes, HashSet<string> seen,
        ILookup<string, MentionOverride> overrides, DateTime now)
    {
        var file = new SourceFile { Name = parsed.SourceName, ContentHash = parsed.ContentHash, IngestedAtUtc = now };
        int added = 0, events = 0, unresolved = 0;
        for (var i = 0; i < parsed.Articles.Count; i++)
        {
            if (!seen.Add(hashes[i]))
            {
                continue;
            }

            var article = ToEntity(parsed.Articles[i], hashes[i], now);
            foreach (var correction in overrides[hashes[i]])
            {
                foreach (var mention in article.Mentions.Where(m => m.Start == correction.Start && m.Length == correction.Length))
                {
                    MentionCorrector.Apply(mention, correction);
                }
            }

            file.Articles.Add(article);
            added++;
            events += article.Mentions.Count(m => m.PlaceId != null);
            unresolved += article.Mentions.Count(m => m.PlaceId == null);
        }

        file.ArticleCount = added;
        return (file, new StoreResult(false, added, parsed.Articles.Count - added, events, unresolved));
    }

    // The unique index refused our row only because the other's is committed: a read sees it.
    private bool StoredMeanwhile(string contentHash)
    {
        db.ChangeTracker.Clear();
        return db.SourceFiles.Any(f => f.ContentHash == contentHash);
    }

    private static Article ToEntity(GeoparsedArticle parsed, string hash, DateTime now)
    {
        var article = new Article
        {
            Title = parsed.Article.Title,
            Text = parsed.Article.Text,
            BodyOffset = parsed.Article.BodyOffset,
            Source = parsed.Article.Source,
            Url = parsed.Article.Url,
            SourceName = parsed.Article.SourceName,
            Position = parsed.Article.Position,
            Date = parsed.Date.Value,
            DatePrecision = parsed.Date.Precision,
            ContentHash = hash,
            IngestedAtUtc = now,
        };
        article.Mentions.AddRange(parsed.Mentions.Select(ToEntity));
        return article;
    }

    private static Mention ToEntity(GeoparsedMention parsed)
    {
        var (start, end) = DateInterval.Of(parsed.Date);
        var place = parsed.Place;
        return new Mention
        {
            Start = parsed.Mention.Start,
            Length = parsed.Mention.Length,
            Text = parsed.Mention.Text,
            Role = parsed.Mention.Role,
            PlaceId = place?.Id,
            PlaceName = place?.Name,
            CountryCode = place?.CountryCode,
            Level = place?.Level,
            Location = place is null ? null : Wgs84.CreatePoint(new Coordinate(place.Longitude, place.Latitude)),
            Longitude = place?.Longitude,
            Latitude = place?.Latitude,
            Confidence = parsed.Confidence,
            Evidence = parsed.Evidence,
            Alternatives = string.Join(',', parsed.Alternatives.Select(c => c.Place.Id)),
            Date = parsed.Date.Value,
            DatePrecision = parsed.Date.Precision,
            DateStart = start,
            DateEnd = end,
            SentenceStart = parsed.SentenceStart,
            SentenceLength = parsed.SentenceLength,
        };
    }
}
