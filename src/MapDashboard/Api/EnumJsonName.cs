using System.Collections.Frozen;
using System.Text.Json;

namespace MapDashboard.Api;

/// <summary>
/// Enum values as the app's JSON writes them (DashboardServices.ConfigureJson: JsonStringEnumConverter with
/// camelCase, so <c>Admin1</c> is "admin1"), encoded once per value for writers that skip the serializer.
/// </summary>
public static class EnumJsonName
{
    public static JsonEncodedText Of<T>(T value) where T : struct, Enum => Cache<T>.Names[value];

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, JsonEncodedText> Names = Enum.GetValues<T>()
            .ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
    }
}
