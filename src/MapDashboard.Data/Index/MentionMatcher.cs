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

    /// <summary>Compiles the filter; a text search asks <paramref name="search"/> once for its articles.</summary>
    public static async Task<MentionMatcher> CreateAsync(EventFilter filter, EventIndexSnapshot snapshot, IArticleSearch search,
        CancellationToken cancellationToken)
    {
        bool[]? articleOk = null;
        if (filter.Sources is { Count: > 0 } sources)
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
        }

        if (filter.Text is { } text)
        {
            var ids = await search.MatchingArticleIds(text).ToListAsync(cancellationToken);
            var matching = new bool[snapshot.ArticleCount];
            foreach (var id in ids)
            {
                var a = snapshot.ArticleIndexOf(id);
                if (a >= 0)
                {
                    matching[a] = articleOk?[a] ?? true;
                }
            }

            articleOk = matching;
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
