using System.Globalization;
using MapDashboard.Data.Queries;
using MapDashboard.Data.Search;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Api;

/// <summary>
/// Parses the query string shared by the event endpoints into an <see cref="EventFilter"/>, with a message
/// for the user when a parameter is malformed ("from: '2017-02-30' is not a date (YYYY-MM-DD)").
/// </summary>
public static class EventQueryParameters
{
    public static bool TryParse(IQueryCollection query, out EventFilter filter, out string error)
    {
        filter = new EventFilter();
        error = "";
        DateOnly? from = null, to = null;
        if (query.TryGetValue("from", out var fromText) && !TryParseDate("from", fromText.ToString(), out from, out error))
        {
            return false;
        }

        if (query.TryGetValue("to", out var toText) && !TryParseDate("to", toText.ToString(), out to, out error))
        {
            return false;
        }

        if (from > to)
        {
            error = $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})";
            return false;
        }

        BoundingBox? box = null;
        if (query.TryGetValue("bbox", out var bboxText) && !TryParseBox(bboxText.ToString(), out box, out error))
        {
            return false;
        }

        // Undated events have no place on a timeline: a date range leaves them out unless asked for.
        var includeUndated = from is null && to is null;
        var undatedOnly = false;
        if (query.TryGetValue("undated", out var undatedText))
        {
            // "only": the undated events alone, as the map page lists them apart from any range.
            undatedOnly = string.Equals(undatedText.ToString(), "only", StringComparison.OrdinalIgnoreCase);
            if (!undatedOnly && !bool.TryParse(undatedText.ToString(), out includeUndated))
            {
                error = $"undated: '{undatedText}' is not true, false or only";
                return false;
            }
        }

        long? maxArticleId = null;
        if (query.TryGetValue("maxArticleId", out var maxText) && maxText.ToString().Length > 0)
        {
            if (!long.TryParse(maxText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                error = $"maxArticleId: '{maxText}' is not an article id";
                return false;
            }

            maxArticleId = id;
        }

        double? minConfidence = null;
        if (query.TryGetValue("minConfidence", out var confidenceText) && confidenceText.ToString().Length > 0)
        {
            if (!double.TryParse(confidenceText.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var c) || c is < 0 or > 1 || double.IsNaN(c))
            {
                error = $"minConfidence: '{confidenceText}' is not a number from 0 to 1";
                return false;
            }

            minConfidence = c;
        }

        HashSet<MentionRole>? roles = null;
        if (query.TryGetValue("role", out var roleText) && !TryParseRoles(roleText.ToString(), out roles, out error))
        {
            return false;
        }

        SearchQuery? text = null;
        if (query.TryGetValue("q", out var qText) && qText.ToString().Trim().Length > 0
            && !SearchQuery.TryParse(qText.ToString().Trim(), out text, out error))
        {
            error = $"q: {error}";
            return false;
        }

        HashSet<string>? countries = null;
        if (query.TryGetValue("country", out var countryText) && !TryParseCountries(countryText.ToString(), out countries, out error))
        {
            return false;
        }

        HashSet<PlaceLevel>? levels = null;
        if (query.TryGetValue("level", out var levelText) && !TryParseLevels(levelText.ToString(), out levels, out error))
        {
            return false;
        }

        HashSet<string>? sources = null;
        if (query.TryGetValue("source", out var sourceText))
        {
            sources = [.. sourceText.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s == NoSource ? "" : s)];
        }

        filter = new EventFilter
        {
            From = from, To = to, Box = box, IncludeUndated = includeUndated || undatedOnly, UndatedOnly = undatedOnly,
            MinConfidence = minConfidence, MaxArticleId = maxArticleId, Roles = roles, Text = text, Countries = countries, Levels = levels, Sources = sources,
        };
        return true;
    }

    /// <summary>The source value that stands for articles with no source (source=(none)).</summary>
    public const string NoSource = "(none)";

    /// <summary>The query string that reproduces the filter's parameters (for export links); empty when none.</summary>
    public static string Forward(IQueryCollection query)
    {
        var kept = query.Where(p => Names.Contains(p.Key)).SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"));
        var text = string.Join("&", kept);
        return text.Length == 0 ? "" : "?" + text;
    }

    /// <summary>The parameters this class reads.</summary>
    public static readonly IReadOnlySet<string> Names =
        new HashSet<string>(["from", "to", "bbox", "undated", "role", "q", "country", "source", "level", "minConfidence", "maxArticleId"], StringComparer.OrdinalIgnoreCase);

    private static bool TryParseCountries(string text, out HashSet<string>? countries, out string error)
    {
        countries = new HashSet<string>(StringComparer.Ordinal);
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length != 2 || !char.IsAsciiLetter(part[0]) || !char.IsAsciiLetter(part[1]))
            {
                error = $"country: '{part}' is not an ISO 3166-1 alpha-2 code (two letters, e.g. SY)";
                return false;
            }

            countries.Add(part.ToUpperInvariant());
        }

        return true;
    }

    private static bool TryParseLevels(string text, out HashSet<PlaceLevel>? levels, out string error)
    {
        levels = [];
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<PlaceLevel>(part, ignoreCase: true, out var level) || int.TryParse(part, out _))
            {
                error = $"level: '{part}' is not one of country, admin1, admin2, city, locality, feature";
                return false;
            }

            levels.Add(level);
        }

        return true;
    }

    private static bool TryParseDate(string name, string text, out DateOnly? date, out string error)
    {
        date = null;
        error = "";
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        error = $"{name}: '{text}' is not a date (YYYY-MM-DD)";
        return false;
    }

    private static bool TryParseBox(string text, out BoundingBox? box, out string error)
    {
        box = null;
        error = $"bbox: '{text}' is not minLon,minLat,maxLon,maxLat in degrees";
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return false;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return false;
            }
        }

        var (minLon, minLat, maxLon, maxLat) = (values[0], values[1], values[2], values[3]);
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat)
        {
            error = $"bbox: '{text}' is outside -180..180, -90..90 or has min above max";
            return false;
        }

        box = new BoundingBox(minLon, minLat, maxLon, maxLat);
        error = "";
        return true;
    }

    private static bool TryParseRoles(string text, out HashSet<MentionRole>? roles, out string error)
    {
        roles = [];
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<MentionRole>(part, ignoreCase: true, out var role) || int.TryParse(part, out _))
            {
                error = $"role: '{part}' is not one of event, dateline, actor, adjectival";
                return false;
            }

            roles.Add(role);
        }

        return true;
    }
}
