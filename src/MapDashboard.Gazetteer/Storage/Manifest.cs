using System.Text.Json;

namespace MapDashboard.Gazetteer.Storage;

/// <summary>
/// <c>manifest.json</c> of a compiled gazetteer: format, source versions and counts. Written with a fixed
/// property order and no timestamp, so rebuilding from the same sources gives identical bytes.
/// </summary>
public sealed record Manifest(int Format, string Version, IReadOnlyDictionary<string, int> CountsByLevel, int Places)
{
    /// <summary>The format this code writes and reads.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Writes the manifest as indented JSON with LF line ends.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json).ReplaceLineEndings("\n") + "\n");

    /// <summary>Reads a manifest; null when the file does not exist.</summary>
    public static Manifest? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json) : null;
}
