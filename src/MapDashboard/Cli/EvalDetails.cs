using System.Text.Json;
using System.Text.Json.Nodes;
using MapDashboard.Geoparsing.Evaluation;

namespace MapDashboard.Cli;

/// <summary>The lines <c>eval --details</c> writes: one JSON object per gold toponym.</summary>
internal static class EvalDetails
{
    /// <summary>The label of a kind of gold place in the report.</summary>
    public static string ClassLabel(GoldPlaceClass kind) => kind switch
    {
        GoldPlaceClass.PopulatedPlace => "populated places (P)",
        GoldPlaceClass.Division => "divisions (A, not countries)",
        GoldPlaceClass.Country => "countries (PCL*)",
        _ => "other places (H, T, L, S, ...)",
    };

    /// <summary>One gold toponym: its span, point, GeoNames id and feature code where the corpus gives them,
    /// whether it was recognised, and the place resolved end to end and from the gold span.</summary>
    public static string JsonLine(GoldOutcome o)
    {
        var line = new JsonObject
        {
            ["document"] = o.DocumentId,
            ["start"] = o.Gold.Start,
            ["end"] = o.Gold.End,
            ["text"] = o.Gold.Name,
            ["goldLat"] = o.Gold.Latitude,
            ["goldLon"] = o.Gold.Longitude,
            ["goldGeonameId"] = o.Gold.GeoNameId,
            ["goldFeatureClass"] = o.Gold.FeatureClass,
            ["goldFeatureCode"] = o.Gold.FeatureCode,
            ["recognised"] = o.Recognised,
            ["endToEnd"] = Resolution(o.EndToEnd),
            ["goldSpans"] = Resolution(o.GoldSpans),
        };
        return line.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject? Resolution(ResolvedOutcome? r) => r is null ? null : new JsonObject
    {
        ["placeId"] = r.Place?.Id,
        ["name"] = r.Place?.Name,
        ["countryCode"] = r.Place?.CountryCode,
        ["admin1"] = r.Place?.Admin1Name,
        ["level"] = r.Place?.Level.ToString(),
        ["featureCode"] = r.Place?.FeatureCode,
        ["lat"] = r.Place?.Latitude,
        ["lon"] = r.Place?.Longitude,
        ["confidence"] = r.Confidence,
        ["errorKm"] = r.ErrorKm is { } km ? Math.Round(km, 1) : null,
    };
}
