using System.Globalization;
using MapDashboard.Data.Corrections;
using MapDashboard.Gazetteer;

namespace MapDashboard.Components.Corrections;

/// <summary>Turns a posted <see cref="CorrectionForm"/> into a <see cref="Correction"/>, or a message for the user.</summary>
public static class CorrectionParser
{
    public static bool TryParse(CorrectionForm form, string mentionText, IGazetteer gazetteer, out Correction? correction, out string error)
    {
        correction = null;
        error = "";
        switch (form.Choice)
        {
            case null or "":
                error = "Choose a place, give a point, or say it is not a place.";
                return false;
            case "none":
                correction = Correction.NotAPlace;
                return true;
            case "point":
                return TryParsePoint(form, mentionText, out correction, out error);
        }

        if (!long.TryParse(form.Choice, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || gazetteer.Get(id) is not { } place)
        {
            error = $"'{form.Choice}' is not a place of the gazetteer.";
            return false;
        }

        correction = Correction.ToPlace(place);
        return true;
    }

    private static bool TryParsePoint(CorrectionForm form, string mentionText, out Correction? correction, out string error)
    {
        correction = null;
        var name = string.IsNullOrWhiteSpace(form.Name) ? mentionText : form.Name.Trim();
        if (!UserGazetteerEntries.IsStorable(name))
        {
            error = "The name must not be empty nor hold a tab, a line break, '|' or ';'.";
            return false;
        }

        if (!TryDegrees(form.Latitude, 90, out var lat))
        {
            error = $"Latitude '{form.Latitude}' is not a number of degrees in -90..90 (e.g. 35.95).";
            return false;
        }

        if (!TryDegrees(form.Longitude, 180, out var lon))
        {
            error = $"Longitude '{form.Longitude}' is not a number of degrees in -180..180 (e.g. 39.01).";
            return false;
        }

        var country = form.Country?.Trim() ?? "";
        if (country.Length != 0 && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            error = $"Country '{country}' is not a two-letter ISO code (e.g. SY), or leave it empty.";
            return false;
        }

        var level = PlaceLevel.Locality;
        if (!string.IsNullOrEmpty(form.Level) && !PlaceLevelNames.TryParse(form.Level, out level))
        {
            error = $"Level '{form.Level}' is not one of country, admin1, admin2, city, locality, feature.";
            return false;
        }

        correction = Correction.ToPoint(name, lat, lon, country, level);
        error = "";
        return true;
    }

    private static bool TryDegrees(string? text, double limit, out double degrees) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out degrees)
        && double.IsFinite(degrees) && Math.Abs(degrees) <= limit;
}
