using System.Globalization;
using MapDashboard.Api;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// Everything the map page shows, as the address holds it: the dates, the filters, the search, the view and
/// the open place. The address is the permalink, so reading it back must give the same page
/// (<see cref="Parse"/> and <see cref="ToAddress"/> are inverse). What a filter means is not defined here:
/// <see cref="ToFilter"/> hands the filter's parameters to <see cref="EventQueryParameters"/>, as the API does.
/// </summary>
public sealed record DashboardState
{
    /// <summary>The roles ticked on a fresh page: actors ("Turkey said") and adjectives ("Syrian") are one tick away.</summary>
    public static readonly IReadOnlySet<MentionRole> DefaultRoles = new HashSet<MentionRole> { MentionRole.Event, MentionRole.Dateline };

    /// <summary>Stands for "articles with no source" in the source facet, as the API's source=(none).</summary>
    public const string UnknownSource = "";

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Whether the undated reports are drawn, on their own layer, beside any date range.</summary>
    public bool ShowUndated { get; init; } = true;

    public IReadOnlySet<MentionRole> Roles { get; init; } = DefaultRoles;

    /// <summary>Levels, countries, sources: empty means all.</summary>
    public IReadOnlySet<PlaceLevel> Levels { get; init; } = new HashSet<PlaceLevel>();
    public IReadOnlySet<string> Countries { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlySet<string> Sources { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The text search, as typed.</summary>
    public string Query { get; init; } = "";

    /// <summary>The stretch of time the timeline shows when zoomed in (both ends included); null for the whole corpus.</summary>
    public DateOnly? AxisFrom { get; init; }
    public DateOnly? AxisTo { get; init; }

    /// <summary>Only placements the resolver was at least this sure of (0–1); null for all.</summary>
    public double? MinConfidence { get; init; }

    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Zoom { get; init; }

    /// <summary>The place whose popup is open (or opens when the page loads).</summary>
    public long? PlaceId { get; init; }

    public bool Heat { get; init; }

    /// <summary>Whether the state asks for a view; without one the page fits the reports.</summary>
    public bool HasView => Latitude is not null && Longitude is not null && Zoom is not null;

    /// <summary>Whether a filter differs from a fresh page's (roles, levels, countries, sources, confidence); the search and dates aside.</summary>
    public bool FiltersChosen =>
        !Roles.SetEquals(DefaultRoles) || Levels.Count > 0 || Countries.Count > 0 || Sources.Count > 0 || MinConfidence is not null;

    /// <summary>
    /// Why the state selects nothing, for the user; null when it selects something. No role ticked would mean
    /// "every role" to the API, and a search the parser refuses ("NOT", an unclosed quote) would search for nothing.
    /// </summary>
    public string? Problem
    {
        get
        {
            if (Roles.Count == 0)
            {
                return "Tick at least one of \"Mentioned as\" to see reports.";
            }
            return Query.Trim().Length > 0 && !Data.Search.SearchQuery.TryParse(Query.Trim(), out _, out var error) ? error : null;
        }
    }

    /// <summary>The state an address describes; what is malformed is ignored (a permalink never fails).</summary>
    public static DashboardState Parse(string queryString)
    {
        var q = QueryHelpers.ParseQuery(queryString);
        string? Get(string key) => q.TryGetValue(key, out var v) && v.Count > 0 ? v.ToString() : null;
        var state = new DashboardState
        {
            From = Date(Get("from")),
            To = Date(Get("to")),
            ShowUndated = Get("undated") is not ("0" or "false"),
            Query = Get("q") ?? "",
            MinConfidence = Number(Get("minConfidence"), 0, 1) is { } c and > 0 ? c : null,
            Latitude = Number(Get("lat"), -90, 90),
            Longitude = Number(Get("lon"), -180, 180),
            Zoom = Number(Get("zoom"), 1, 18),
            PlaceId = long.TryParse(Get("place"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null,
            Heat = (Get("layers") ?? "").Split(',').Contains("heat"),
        };
        if (Get("role") is { } roles)
        {
            state = state with { Roles = Parsed<MentionRole>(roles) };
        }
        if (Get("level") is { } levels)
        {
            state = state with { Levels = Parsed<PlaceLevel>(levels) };
        }
        if (Get("country") is { } countries)
        {
            state = state with { Countries = Split(countries).Where(c => c.Length == 2).Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal) };
        }
        if (Get("source") is { } sources)
        {
            state = state with { Sources = Split(sources).Select(s => s == EventQueryParameters.NoSource ? UnknownSource : s).ToHashSet(StringComparer.Ordinal) };
        }
        if (state.From > state.To)
        {
            state = state with { From = state.To, To = state.From };
        }
        if (Get("axis")?.Split(',') is [var axisFrom, var axisTo] && Date(axisFrom) is { } af && Date(axisTo) is { } at && af < at)
        {
            state = state with { AxisFrom = af, AxisTo = at };
        }
        return state;
    }

    /// <summary>The address of this state: only what differs from a fresh page, in a fixed order.</summary>
    public string ToAddress()
    {
        var parts = new List<KeyValuePair<string, string>>();
        if (Latitude is { } lat && Longitude is { } lon && Zoom is { } zoom)
        {
            parts.Add(new("lat", Invariant(Math.Round(lat, 4))));
            parts.Add(new("lon", Invariant(Math.Round(lon, 4))));
            parts.Add(new("zoom", Invariant(Math.Round(zoom, 1))));
        }
        parts.AddRange(FilterParameters(includeRange: true));
        if (AxisFrom is { } axisFrom && AxisTo is { } axisTo)
        {
            parts.Add(new("axis", $"{Iso(axisFrom)},{Iso(axisTo)}"));
        }
        if (!ShowUndated)
        {
            parts.Add(new("undated", "0"));
        }
        if (Heat)
        {
            parts.Add(new("layers", "markers,heat"));
        }
        if (PlaceId is { } place)
        {
            parts.Add(new("place", Invariant(place)));
        }
        return "/" + QueryString(parts);
    }

    /// <summary>The dated events this state selects (the map, counts, list), optionally in a box.</summary>
    public EventFilter ToFilter(BoundingBox? box = null, long? maxArticleId = null) =>
        ParseFilter(Parameters(Scope.InRange, maxArticleId), box);

    /// <summary>The undated events this state's filters select, shown apart from any range.</summary>
    public EventFilter ToUndatedFilter(BoundingBox? box = null, long? maxArticleId = null) =>
        ParseFilter(Parameters(Scope.Undated, maxArticleId), box);

    /// <summary>The reports this state would show, dated in the range or undated: what "N new reports" counts.</summary>
    public EventFilter ToShownFilter(long? maxArticleId = null) => ParseFilter(Parameters(Scope.InRangeAndUndated, maxArticleId), null);

    /// <summary>The state's filters without the date range: the histogram's axis shows the whole span.</summary>
    public EventFilter ToAxisFilter(long? maxArticleId = null) => ParseFilter(Parameters(Scope.AllDated, maxArticleId), null);

    /// <summary>The API query string of <see cref="ToFilter"/> (dated) or <see cref="ToUndatedFilter"/>: a popup asks with it.</summary>
    public string ToQuery(bool undated, long? maxArticleId = null) =>
        QueryString(Parameters(undated ? Scope.Undated : Scope.InRange, maxArticleId)).TrimStart('?');

    /// <summary>The query string of <see cref="ToAxisFilter"/>: what the histogram depends on (never the range).</summary>
    public string ToAxisQuery(long? maxArticleId = null) => QueryString(Parameters(Scope.AllDated, maxArticleId)).TrimStart('?');

    /// <summary>The API query string for an export of what the page shows: the range, and the undated reports when drawn.</summary>
    public string ToExportQuery(long? maxArticleId = null) =>
        QueryString(Parameters(ShowUndated ? Scope.InRangeAndUndated : Scope.InRange, maxArticleId)).TrimStart('?');

    private enum Scope { InRange, InRangeAndUndated, Undated, AllDated }

    private List<KeyValuePair<string, string>> Parameters(Scope scope, long? maxArticleId)
    {
        var parts = FilterParameters(includeRange: scope is Scope.InRange or Scope.InRangeAndUndated).ToList();
        parts.Add(new("undated", scope switch { Scope.Undated => "only", Scope.InRangeAndUndated => "true", _ => "false" }));
        if (maxArticleId is { } max)
        {
            parts.Add(new("maxArticleId", Invariant(max)));
        }
        return parts;
    }

    private IEnumerable<KeyValuePair<string, string>> FilterParameters(bool includeRange)
    {
        if (includeRange && From is { } from)
        {
            yield return new("from", Iso(from));
        }
        if (includeRange && To is { } to)
        {
            yield return new("to", Iso(to));
        }
        if (Query.Trim().Length > 0)
        {
            yield return new("q", Query.Trim());
        }
        // Roles always go out: the API's default (every role) is not the page's (events and datelines).
        yield return new("role", string.Join(",", Roles.Order().Select(r => r.ToString().ToLowerInvariant())));
        if (Levels.Count > 0)
        {
            yield return new("level", string.Join(",", Levels.Order().Select(l => l.ToString().ToLowerInvariant())));
        }
        if (Countries.Count > 0)
        {
            yield return new("country", string.Join(",", Countries.Order(StringComparer.Ordinal)));
        }
        if (MinConfidence is { } confidence)
        {
            yield return new("minConfidence", Invariant(confidence));
        }
        if (Sources.Count > 0)
        {
            yield return new("source", string.Join(",", Sources.Order(StringComparer.Ordinal).Select(s => s == UnknownSource ? EventQueryParameters.NoSource : s)));
        }
    }

    private static EventFilter ParseFilter(List<KeyValuePair<string, string>> parameters, BoundingBox? box)
    {
        var values = parameters.ToDictionary(p => p.Key, p => new StringValues(p.Value));
        if (!EventQueryParameters.TryParse(new QueryCollection(values), out var filter, out _))
        {
            // Only a search the parser refuses gets here (see Problem): the rest of the state is parsed already.
            values.Remove("q");
            if (!EventQueryParameters.TryParse(new QueryCollection(values), out filter, out var error))
            {
                throw new InvalidOperationException($"The state wrote a parameter the API refuses: {error}");
            }
        }
        return box is null ? filter : filter with { Box = box };
    }

    private static string QueryString(IEnumerable<KeyValuePair<string, string>> parts)
    {
        var text = string.Join("&", parts.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value).Replace("%2C", ",", StringComparison.Ordinal)}"));
        return text.Length == 0 ? "" : "?" + text;
    }

    private static string[] Split(string text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<T> Parsed<T>(string text) where T : struct, Enum =>
        Split(text).Select(p => Enum.TryParse<T>(p, ignoreCase: true, out var v) && !int.TryParse(p, out _) ? (T?)v : null).OfType<T>().ToHashSet();

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static double? Number(string? text, double min, double max) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
