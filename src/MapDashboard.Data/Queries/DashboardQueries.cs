using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using MapDashboard.Data.Model;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

/// <summary>
/// The dashboard's reads, as plain LINQ through EF Core: the same on every provider. Text search, the one part
/// that is engine syntax, goes through <see cref="IArticleSearch"/> (the context's own by default).
/// </summary>
public sealed class DashboardQueries(MapDashboardDbContext db, IArticleSearch? search = null) : IDashboardQueries
{
    private readonly IArticleSearch _search = search ?? db.CreateArticleSearch();

    /// <summary>Rows in the first page <see cref="StreamEventsAsync(EventFilter, int, CancellationToken)"/> asks; each next page asks twice as many, up to <see cref="MaxStreamPage"/>.</summary>
    public const int FirstStreamPage = 1_000;

    /// <summary>The most rows one page of <see cref="StreamEventsAsync(EventFilter, int, CancellationToken)"/> asks.</summary>
    public const int MaxStreamPage = 64_000;

    /// <inheritdoc />
    public IAsyncEnumerable<EventRecord> StreamEventsAsync(EventFilter filter, CancellationToken cancellationToken = default) =>
        StreamEventsAsync(filter, FirstStreamPage, cancellationToken);

    /// <summary>
    /// The events in id order, by keyset pages (ids above the last one sent, <c>LIMIT</c> n): asked as one query,
    /// PostgreSQL sorted the whole join before its first row (3-4 s at a million events), where a <c>LIMIT</c> has it
    /// walk the primary key and start at once; SQLite walks its rowid either way. Pages grow from
    /// <paramref name="firstPage"/> so that a filter's own cost (a text search) is paid a few times, not once per
    /// thousand rows. Events stored after the stream began (ids above the highest then) are not part of it.
    /// </summary>
    internal async IAsyncEnumerable<EventRecord> StreamEventsAsync(
        EventFilter filter, int firstPage, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (await db.Mentions.MaxAsync(m => (long?)m.Id, cancellationToken) is not { } through)
        {
            yield break;
        }

        long after = 0;
        for (var page = firstPage; ; page = Math.Min(page * 2, MaxStreamPage))
        {
            var from = after;
            var rows = Matching(filter).Where(m => m.Id > from && m.Id <= through).OrderBy(m => m.Id).Take(page)
                .Select(AsEventRecord).AsNoTracking().AsAsyncEnumerable();
            var read = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                // Npgsql reads rows already received without looking at the token: stop here as SQLite's reader does.
                cancellationToken.ThrowIfCancellationRequested();
                read++;
                after = row.Id;
                yield return row;
            }

            if (read < page)
            {
                yield break;
            }
        }
    }

    /// <summary>A resolved mention as an event, for a query over <see cref="Matching"/> (which keeps only mentions with a place and a point).</summary>
    public static readonly Expression<Func<Mention, EventRecord>> AsEventRecord = m => new EventRecord(
        m.Id, m.Longitude!.Value, m.Latitude!.Value, m.PlaceName ?? m.Text, m.PlaceId!.Value, m.Text, m.ArticleId,
        m.Article!.Title, m.Date, m.DatePrecision, m.CountryCode ?? "", m.Level ?? PlaceLevel.Locality, m.Confidence, m.Role,
        m.Article.Source, m.Article.Url,
        m.SentenceLength > 0 ? m.Article.Text.Substring(m.SentenceStart, m.SentenceLength) : m.Text,
        m.Article.Date, m.Article.DatePrecision);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleSummary>> GetArticlesAsync(CancellationToken cancellationToken = default) =>
        await db.Articles
            .OrderBy(a => a.Date == null).ThenByDescending(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new ArticleSummary(a.Id, a.Title, a.Date, a.DatePrecision, a.Source, a.Mentions.Count(m => m.PlaceId != null)))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<ArticleDetail?> GetArticleAsync(long id, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles
            .Include(a => a.Mentions.OrderBy(m => m.Start))
            .Include(a => a.SourceFile)
            .AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var mentions = article.Mentions.ConvertAll(m => new MentionDetail(
            m.Id, m.Start, m.Start + m.Length, m.Text, m.PlaceId, m.PlaceName, m.Latitude, m.Longitude,
            m.Role, m.Level, m.CountryCode, m.Confidence) { Review = m.Review });
        return new ArticleDetail(article.Id, article.Title, article.Text, article.BodyOffset, article.Date,
            article.DatePrecision, article.Source, article.Url, article.SourceName, mentions);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnresolvedName>> GetUnresolvedNamesAsync(int occurrencesPerName = 20, CancellationToken cancellationToken = default)
    {
        var rows = await db.Mentions
            .Where(m => m.PlaceId == null && m.Review != MentionReview.Dismissed)
            .Select(m => new { m.Id, m.Text, m.ArticleId, m.Article!.Title, m.Article.Date, m.Article.DatePrecision })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        // "al-Talileh" and "Al-Talileh" are one name to review: grouped case-insensitively, shown as most written.
        return rows
            .GroupBy(r => r.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new UnresolvedName(
                g.GroupBy(r => r.Text.Trim()).OrderByDescending(v => v.Count()).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key,
                g.Count(),
                g.OrderBy(r => r.Date == null).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id)
                    .Take(occurrencesPerName)
                    .Select(r => new UnresolvedOccurrence(r.Id, r.ArticleId, r.Title, r.Date, r.DatePrecision))
                    .ToList()))
            .OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The resolved mentions (with a place and a point) that <paramref name="filter"/> keeps: what a filter means in
    /// SQL, the one definition the exports stream and the tests' reference answers for the in-memory index use.
    /// </summary>
    public IQueryable<Mention> Matching(EventFilter filter)
    {
        var query = db.Mentions.Where(m => m.PlaceId != null && m.Longitude != null && m.Latitude != null);
        if (filter.PlaceId is { } placeId)
        {
            query = query.Where(m => m.PlaceId == placeId);
        }

        if (filter.Box is { } box)
        {
            query = query.Where(m => m.Longitude >= box.MinLon && m.Longitude <= box.MaxLon
                && m.Latitude >= box.MinLat && m.Latitude <= box.MaxLat);
        }

        if (filter.Roles is { Count: > 0 } roles)
        {
            var wanted = roles.ToList();
            query = query.Where(m => wanted.Contains(m.Role));
        }

        if (filter.Levels is { Count: > 0 } levels)
        {
            var wanted = levels.Select(l => (PlaceLevel?)l).ToList();
            query = query.Where(m => wanted.Contains(m.Level));
        }

        if (filter.Countries is { Count: > 0 } countries)
        {
            var wanted = countries.ToList();
            query = query.Where(m => m.CountryCode != null && wanted.Contains(m.CountryCode));
        }

        if (filter.Sources is { Count: > 0 } sources)
        {
            // "" stands for articles with no source (EventFilter.Sources).
            var wanted = sources.ToList();
            query = query.Where(m => wanted.Contains(m.Article!.Source ?? ""));
        }

        if (filter.Text is { } text)
        {
            var ids = _search.MatchingArticleIds(text);
            query = query.Where(m => ids.Contains(m.ArticleId));
        }

        if (filter.MaxArticleId is { } maxArticleId)
        {
            query = query.Where(m => m.ArticleId <= maxArticleId);
        }

        if (filter.MinConfidence is { } minConfidence)
        {
            query = query.Where(m => m.Confidence >= minConfidence);
        }

        if (filter.UndatedOnly)
        {
            return query.Where(m => m.DateStart == null);
        }

        // A dated event is in range when its interval [DateStart, DateEnd] overlaps [From, To].
        var from = filter.From ?? DateOnly.MinValue;
        var to = filter.To ?? DateOnly.MaxValue;
        var ranged = filter.From is not null || filter.To is not null;
        if (ranged || !filter.IncludeUndated)
        {
            query = filter.IncludeUndated
                ? query.Where(m => m.DateStart == null || (m.DateStart <= to && m.DateEnd >= from))
                : query.Where(m => m.DateStart != null && m.DateStart <= to && m.DateEnd >= from);
        }

        return query;
    }
}
