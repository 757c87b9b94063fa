using Microsoft.AspNetCore.WebUtilities;
using System.Globalization;
using MapDashboard.Components.Dashboard;
using MapDashboard.Gazetteer;

namespace MapDashboard.Components.Shared;

/// <summary>Links into the map page, which honours <c>?lat=&amp;lon=&amp;zoom=&amp;place=</c>.</summary>
public static class MapLinks
{
    /// <summary>The zoom that frames a place of this level: a whole country, a province, a town.</summary>
    public static int ZoomFor(PlaceLevel? level) => level switch
    {
        PlaceLevel.Country => 5,
        PlaceLevel.Admin1 => 7,
        PlaceLevel.Admin2 => 9,
        PlaceLevel.Feature => 9,
        PlaceLevel.City => 10,
        PlaceLevel.Locality => 12,
        _ => 8,
    };

    /// <summary>
    /// The map centred on a place: latitude and longitude in WGS 84 degrees (rounded to 5 decimals,
    /// about a metre), zoom from the level, and the place id so the map opens its popup. With the address of the map
    /// the page was reached from (<paramref name="map"/>), its range and filters are kept: an analyst who came from
    /// "March, events in Syria" sees the place in that view, not in the whole corpus.
    /// </summary>
    public static string ToPlace(double latitude, double longitude, PlaceLevel? level, long placeId, string? map = null) =>
        MapAddress(map) is var address && address == "/"
            ? string.Create(CultureInfo.InvariantCulture,
                $"/?lat={Math.Round(latitude, 5)}&lon={Math.Round(longitude, 5)}&zoom={ZoomFor(level)}&place={placeId}")
            : (DashboardState.Parse(address[1..]) with
            {
                Latitude = latitude, Longitude = longitude, Zoom = ZoomFor(level), PlaceId = placeId,
            }).ToAddress();

    /// <summary>The query parameter that carries the map's address to the pages a user reaches from it.</summary>
    public const string MapParameter = "map";

    /// <summary>
    /// The map address a page was reached from (its <c>?map=</c>), so "back to the map" returns to the same view,
    /// range and filters; the fresh map when there is none or it is not this site's map page (never an open
    /// redirect: "//evil.example" and "https://…" give "/").
    /// </summary>
    public static string MapAddress(string? map) =>
        map is { Length: > 0 } m && m[0] == '/' && (m.Length == 1 || m[1] == '?') ? m : "/";

    /// <summary><paramref name="url"/> carrying the map's address on, when there is one.</summary>
    public static string WithMap(string url, string? map) =>
        MapAddress(map) is var address && address == "/" ? url : QueryHelpers.AddQueryString(url, MapParameter, address);

    /// <summary>The article page, optionally scrolled to one mention.</summary>
    public static string ToArticle(long articleId, long? mentionId = null) =>
        mentionId is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"/articles/{articleId}#m{m}")
            : string.Create(CultureInfo.InvariantCulture, $"/articles/{articleId}");
}
