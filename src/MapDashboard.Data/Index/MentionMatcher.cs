using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Index;

/// <summary>
/// An <see cref="EventFilter"/> compiled against one snapshot: the in-memory definition of the filter, matching
/// what <c>DashboardQueries</c> selects row for row. Place conditions (id, box, level, country) become one
/// flag per place, article conditions (source, text, max id) one flag per article, so testing a row is a few
/// array reads. Sources: "" matches articles with no source, as <see cref="EventFilter.Sources"/> says.
/// </summary>
internal sealed class MentionMatcher
{
    private readonly bool[]? _placeOk;
    private readonly bool[]? _articleOk;
    private readonly bool[]? _roleOk;
    private readonly int _articleLimit;
    private readonly double _minConfidence;
    private readonly DateRule _dates;
    private readonly int _from, _to;

    private MentionMatcher(EventFilter filter, EventIndexSnapshot snapshot, bool[]? articleOk)
    {
        _placeOk = PlaceFlags(filter, snapshot);
        _articleOk = articleOk;
        _articleLimit = filter.MaxArticleId is { } max ? snapshot.FirstArticleAfter(max) : int.MaxValue;
        _roleOk = filter.Roles is { Count: > 0 } roles ? [.. Enum.GetValues<Geoparsing.Recognition.MentionRole>().Select(roles.Contains)] : null;
        _minConfidence = filter.MinConfidence ?? double.NegativeInfinity;
        _from = (filter.From ?? DateOnly.MinValue).DayNumber;
        _to = (filter.To ?? DateOnly.MaxValue).DayNumber;
        _dates = filter switch
        {
            { UndatedOnly: true } => DateRule.UndatedOnly,
            { From: null, To: null, IncludeUndated: true } => DateRule.Any,
            { IncludeUndated: true } => DateRule.UndatedOrInRange,
            _ => DateRule.InRange,
        };
    }

    private enum DateRule
    {
        Any,
        UndatedOnly,
        InRange,
        UndatedOrInRange,
    }

    /// <summary>
    /// Compiles the filter. Its article conditions (sources, a text search, which asks <paramref name="search"/>) become
    /// a flag per article, kept in <paramref name="articleFlags"/> per snapshot: every filter of a view (the view's, without
    /// its box, without its dates, each popup's) shares them, and a text search reads every matching id from the store.
    /// </summary>
    public static async Task<MentionMatcher> CreateAsync(EventFilter filter, EventIndexSnapshot snapshot, IArticleSearch search,
        RecentResults<bool[]>? articleFlags, CancellationToken cancellationToken)
    {
        var sources = filter.Sources is { Count: > 0 } chosen ? chosen : null;
        var sourcesKey = sources is null ? null : $"{snapshot.Version}#sources#{string.Join('|', sources.Order(StringComparer.Ordinal).Select(v => $"{v.Length}:{v}"))}";
        var textKey = filter.Text is { } text ? $"{snapshot.Version}#text#{text.Key}" : null;
        if (sourcesKey is null && textKey is null)
        {
            return new MentionMatcher(filter, snapshot, null);
        }

        var bothKey = $"{sourcesKey}#{textKey}";
        if (articleFlags?.Get(bothKey) is { } cached)
        {
            return new MentionMatcher(filter, snapshot, cached);
        }

        bool[]? articleOk = null;
        if (sources is not null)
        {
            articleOk = articleFlags?.Get(sourcesKey!);
            if (articleOk is null)
            {
                var sourceOk = new bool[snapshot.SourceCount];
                for (var s = 0; s < snapshot.SourceCount; s++)
                {
                    sourceOk[s] = sources.Contains(snapshot.Sources[s]);
                }

                articleOk = new bool[snapshot.ArticleCount];
                for (var a = 0; a < snapshot.ArticleCount; a++)
                {
                    articleOk[a] = sourceOk[snapshot.Articles[a].Source];
                }

                articleFlags?.Add(sourcesKey!, articleOk);
            }
        }

        if (filter.Text is { } query)
        {
            var found = articleFlags?.Get(textKey!);
            if (found is null)
            {
                found = new bool[snapshot.ArticleCount];
                await foreach (var id in search.MatchingArticleIds(query).AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    var a = snapshot.ArticleIndexOf(id);
                    if (a >= 0)
                    {
                        found[a] = true;
                    }
                }

                articleFlags?.Add(textKey!, found);
            }

            if (articleOk is null)
            {
                articleOk = found;
            }
            else
            {
                var both = new bool[snapshot.ArticleCount];
                for (var a = 0; a < both.Length; a++)
                {
                    both[a] = found[a] && articleOk[a];
                }

                articleFlags?.Add(bothKey, both);
                articleOk = both;
            }
        }

        return new MentionMatcher(filter, snapshot, articleOk);
    }

    public bool Matches(in EventRow row)
    {
        if (row.Article >= _articleLimit
            || (_placeOk is not null && !_placeOk[row.Place])
            || (_articleOk is not null && !_articleOk[row.Article])
            || (_roleOk is not null && !_roleOk[(int)row.Role])
            || row.Confidence < _minConfidence)
        {
            return false;
        }

        // A dated event is in range when [DateStart, DateEnd] overlaps [From, To].
        return _dates switch
        {
            DateRule.Any => true,
            DateRule.UndatedOnly => !row.IsDated,
            DateRule.InRange => row.IsDated && row.DayStart <= _to && row.DayEnd >= _from,
            _ => !row.IsDated || (row.DayStart <= _to && row.DayEnd >= _from),
        };
    }

    /// <summary>Per place (by index), whether its place conditions hold; null when the filter has none.</summary>
    public bool[]? PlaceOk => _placeOk;

    /// <summary>Per article (by index), whether its source and text conditions hold; null when the filter has none.</summary>
    public bool[]? ArticleOk => _articleOk;

    /// <summary>Per role (by number), whether the filter keeps it; null when it keeps every role.</summary>
    public bool[]? RoleOk => _roleOk;

    /// <summary>The lowest resolution confidence kept (negative infinity when any).</summary>
    public double MinConfidence => _minConfidence;

    /// <summary>
    /// The date condition as bounds for a branch-free test: a dated row matches when it starts on or before
    /// <paramref name="to"/> and ends on or after <paramref name="from"/> (an empty window when none may),
    /// an undated one when <paramref name="undated"/>.
    /// </summary>
    public void DateBounds(out int from, out int to, out bool undated)
    {
        (from, to, undated) = _dates switch
        {
            DateRule.Any => (int.MinValue, int.MaxValue, true),
            DateRule.UndatedOnly => (int.MaxValue, int.MinValue, true),
            DateRule.InRange => (_from, _to, false),
            _ => (_from, _to, true),
        };
    }

    /// <summary>Whether only undated rows may match.</summary>
    public bool UndatedOnly => _dates == DateRule.UndatedOnly;

    /// <summary>
    /// The date window [<paramref name="from"/>, <paramref name="to"/>] (day numbers) a dated row must overlap, and
    /// whether undated rows match too; false when the filter sets no window (any dated row may match).
    /// </summary>
    public bool TryDateWindow(out int from, out int to, out bool withUndated)
    {
        (from, to, withUndated) = (_from, _to, _dates == DateRule.UndatedOrInRange);
        return _dates is DateRule.InRange or DateRule.UndatedOrInRange;
    }

    /// <summary>The end of the rows that may match: those of articles past MaxArticleId never do (rows are in article order).</summary>
    public int RowEnd(EventIndexSnapshot snapshot) =>
        _articleLimit < snapshot.ArticleCount ? snapshot.Articles[_articleLimit].FirstRow : snapshot.RowCount;

    private static bool[]? PlaceFlags(EventFilter filter, EventIndexSnapshot snapshot)
    {
        if (filter is { PlaceId: null, Box: null } && filter.Levels is not { Count: > 0 } && filter.Countries is not { Count: > 0 })
        {
            return null;
        }

        var ok = new bool[snapshot.PlaceCount];
        for (var p = 0; p < snapshot.PlaceCount; p++)
        {
            var place = snapshot.Places[p];
            ok[p] = (filter.PlaceId is not { } id || place.Id == id)
                && (filter.Box is not { } box || box.Contains(place.Longitude, place.Latitude))
                && (filter.Levels is not { Count: > 0 } levels || (place.Level is { } level && levels.Contains(level)))
                && (filter.Countries is not { Count: > 0 } countries || (place.Country is { } country && countries.Contains(country)));
        }

        return ok;
    }
}
