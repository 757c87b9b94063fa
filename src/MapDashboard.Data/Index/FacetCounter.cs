using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Data.Index;

/// <summary>
/// The filter panel's counts in one walk over the rows of the filter without its facet choices (role, level,
/// country, source): per value of each facet, the events and reports (distinct articles) it would show with the
/// other facets' choices kept and its own left out. A row missing one facet's choice counts for that facet only;
/// a row missing two counts for none.
/// </summary>
internal static class FacetCounter
{
    public static EventFacets Count(EventIndexSnapshot s, RowSet open, EventFilter filter)
    {
        var layout = s.Layout;
        var roleValues = Enum.GetValues<MentionRole>();
        var levelValues = Enum.GetValues<PlaceLevel>();
        var roles = new Tally(roleValues.Max(r => (int)r) + 1);
        var levels = new Tally(levelValues.Max(l => (int)l) + 1);
        var countries = new Tally(layout.Countries.Length);
        var sources = new Tally(s.SourceCount);
        var roleOk = Flags(filter.Roles, roles.Length, r => (MentionRole)r);
        var levelOk = Flags(filter.Levels, levels.Length, l => (PlaceLevel)l);
        var countryOk = Flags(filter.Countries, countries.Length, c => layout.Countries[c]);
        var sourceOk = Flags(filter.Sources, sources.Length, i => s.Sources[i]);
        var (rowRole, rowPlace, rowArticle) = (layout.RowRole, layout.RowPlace, layout.RowArticle);
        foreach (var r in open)
        {
            var (place, article) = (rowPlace[r], rowArticle[r]);
            var (role, level, country, source) = (rowRole[r], layout.PlaceLevel[place], layout.PlaceCountry[place], layout.RowSource[r]);
            var roleIn = roleOk?[role] ?? true;
            var levelIn = levelOk is null || (level >= 0 && levelOk[level]);
            var countryIn = countryOk is null || (country >= 0 && countryOk[country]);
            var sourceIn = sourceOk?[source] ?? true;
            var misses = (roleIn ? 0 : 1) + (levelIn ? 0 : 1) + (countryIn ? 0 : 1) + (sourceIn ? 0 : 1);
            if (misses > 1)
            {
                continue;
            }

            // With no miss the row counts everywhere; with one, only in the facet it misses.
            var all = misses == 0;
            if (all || !roleIn)
            {
                roles.Add(role, article);
            }

            if ((all || !levelIn) && level >= 0)
            {
                levels.Add(level, article);
            }

            if ((all || !countryIn) && country >= 0)
            {
                countries.Add(country, article);
            }

            if (all || !sourceIn)
            {
                sources.Add(source, article);
            }
        }

        return new EventFacets(
            countries.Counts(c => layout.Countries[c]),
            sources.Counts(i => s.Sources[i]),
            levels.Counts(l => ((PlaceLevel)l).ToString().ToLowerInvariant()),
            roles.Counts(r => ((MentionRole)r).ToString().ToLowerInvariant()));
    }

    private static bool[]? Flags<T>(IReadOnlySet<T>? chosen, int length, Func<int, T> valueOf) =>
        chosen is { Count: > 0 } ? [.. Enumerable.Range(0, length).Select(i => chosen.Contains(valueOf(i)))] : null;

    /// <summary>Events and distinct reports per value; rows come in article order, so the last article per value is enough.</summary>
    private sealed class Tally
    {
        private readonly int[] _events, _reports, _lastArticle;

        public Tally(int length)
        {
            (_events, _reports, _lastArticle) = (new int[length], new int[length], new int[length]);
            Array.Fill(_lastArticle, -1);
        }

        public int Length => _events.Length;

        public void Add(int value, int article)
        {
            _events[value]++;
            if (_lastArticle[value] != article)
            {
                (_lastArticle[value], _reports[value]) = (article, _reports[value] + 1);
            }
        }

        /// <summary>The values with events, most reports first (then most events, then by value).</summary>
        public List<FacetCount> Counts(Func<int, string> name) =>
        [
            .. Enumerable.Range(0, Length).Where(v => _events[v] > 0)
                .Select(v => new FacetCount(name(v), _events[v]) { Reports = _reports[v] })
                .OrderByDescending(c => c.Reports).ThenByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal),
        ];
    }
}
