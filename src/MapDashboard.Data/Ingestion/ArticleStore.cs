using System.Security.Cryptography;
using System.Text;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Model;
using MapDashboard.Geoparsing;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Ingestion;

/// <summary>What storing one source file did.</summary>
/// <param name="AlreadyIngested">The same bytes were ingested before; nothing was added.</param>
/// <param name="ArticlesAdded">New articles stored.</param>
/// <param name="ArticlesSkipped">Articles already in the store (same text), not stored again.</param>
/// <param name="EventsAdded">Resolved mentions stored: the new points on the map.</param>
/// <param name="UnresolvedAdded">Place-like names the gazetteer lacks, stored for review.</param>
public sealed record StoreResult(bool AlreadyIngested, int ArticlesAdded, int ArticlesSkipped, int EventsAdded, int UnresolvedAdded);

/// <summary>
/// Writes geoparsed articles to the store, one source file per transaction, so a failure leaves nothing
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

    /// <summary>How often a file is stored again after another writer stored one of its articles first.</summary>
    private const int MaxAttempts = 5;

    /// <summary>Stores a source file's articles with their mentions.</summary>
    public async Task<StoreResult> AddAsync(string sourceName, string contentHash, IReadOnlyList<GeoparsedArticle> articles, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddAsync(sourceName, contentHash, articles, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Insert-or-skip across ingesters: another one committed an article of this file (same text) after
                // ours read which were stored; its unique content hash refused ours. Read again and skip it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<StoreResult> TryAddAsync(string sourceName, string contentHash, IReadOnlyList<GeoparsedArticle> articles, CancellationToken cancellationToken)
    {
        if (await ContainsFileAsync(contentHash, cancellationToken))
        {
            return new StoreResult(true, 0, articles.Count, 0, 0);
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var file = new SourceFile { Name = sourceName, ContentHash = contentHash, IngestedAtUtc = now };
        var hashes = articles.Select(a => Hash(Encoding.UTF8.GetBytes(a.Article.Text))).ToList();
        var known = await db.Articles.Where(a => hashes.Contains(a.ContentHash)).Select(a => a.ContentHash).ToListAsync(cancellationToken);
        var seen = new HashSet<string>(known, StringComparer.Ordinal);
        // Users' corrections of these texts, made before (on an earlier copy of the article): applied again.
        var overrides = (await db.MentionOverrides.Where(o => hashes.Contains(o.ArticleHash)).AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(o => o.ArticleHash, StringComparer.Ordinal);
        int added = 0, events = 0, unresolved = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            if (!seen.Add(hashes[i]))
            {
                continue;
            }

            var article = ToEntity(articles[i], hashes[i], now);
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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SourceFiles.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (StoredMeanwhile(contentHash))
        {
            // Two requests imported the same file at once: the other stored it first (its unique content hash
            // refused ours). Ours is "already imported", not a 500 that loses the request's other files.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return new StoreResult(true, 0, articles.Count, 0, 0);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        indexChanges?.ArticlesAdded();
        return new StoreResult(false, added, articles.Count - added, events, unresolved);
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
