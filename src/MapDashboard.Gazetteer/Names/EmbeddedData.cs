using System.Reflection;

namespace MapDashboard.Gazetteer.Names;

/// <summary>Reads the word lists and tables this assembly owns (files under <c>Data/</c>, embedded as resources).</summary>
internal static class EmbeddedData
{
    /// <summary>The raw bytes of the resource <c>Data/<paramref name="fileName"/></c>.</summary>
    public static byte[] Bytes(string fileName)
    {
        using Stream stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("MapDashboard.Gazetteer.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded data file {fileName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The non-empty lines of the resource <c>Data/<paramref name="fileName"/></c> that are not comments (<c>#</c>),
    /// in file order, each with its 1-based line number.
    /// </summary>
    public static IEnumerable<(int LineNumber, string Line)> Lines(string fileName)
    {
        Assembly assembly = typeof(EmbeddedData).Assembly;
        string resourceName = "MapDashboard.Gazetteer.Data." + fileName;
        using Stream stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded data file {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            yield return (lineNumber, line);
        }
    }
}
