using System.Globalization;
using System.Xml.Linq;

namespace MapDashboard.Geoparsing.Evaluation;

/// <summary>
/// Reads the standard geoparsing corpora into <see cref="EvalDocument"/>s. Three layouts:
/// GeoVirus (<c>&lt;article&gt;&lt;source/&gt;&lt;text/&gt;&lt;locations&gt;&lt;location&gt;&lt;name/&gt;&lt;start/&gt;&lt;end/&gt;&lt;lat/&gt;&lt;lon/&gt;&lt;page/&gt;</c>),
/// LGL and TR-News (<c>&lt;toponym&gt;&lt;phrase/&gt;&lt;start/&gt;&lt;end/&gt;&lt;gaztag geonameid&gt;&lt;lat/&gt;&lt;lon/&gt;</c>), and
/// GeoWebNews (<c>&lt;toponym&gt;&lt;extractedName/&gt;&lt;type/&gt;&lt;start/&gt;&lt;end/&gt;&lt;latitude/&gt;&lt;longitude/&gt;</c>).
/// Every element holding a <c>text</c> child is a document; every <c>location</c> or <c>toponym</c> inside it is gold.
/// </summary>
public static class CorpusReader
{
    /// <summary>Reads a corpus file.</summary>
    public static IReadOnlyList<EvalDocument> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads a corpus from a stream.</summary>
    public static IReadOnlyList<EvalDocument> Read(Stream stream)
    {
        var xml = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        var docs = new List<EvalDocument>();
        foreach (var article in xml.Descendants().Where(e => e.Element("text") is not null))
        {
            var text = article.Element("text")!.Value;
            var id = article.Element("source")?.Value.Trim() is { Length: > 0 } s ? s
                : (string?)article.Attribute("docid") ?? (string?)article.Attribute("id") ?? docs.Count.ToString(CultureInfo.InvariantCulture);
            var gold = article.Descendants().Where(e => e.Name.LocalName is "location" or "toponym")
                .Select(Toponym).OfType<GoldToponym>().Select(t => Align(text, t)).OrderBy(t => t.Start).ToList();
            docs.Add(new EvalDocument(id, text, gold));
        }
        return docs;
    }

    private static GoldToponym? Toponym(XElement e)
    {
        var start = Int(e.Element("start"));
        var end = Int(e.Element("end"));
        if (start is null || end is null || end <= start) return null;
        var name = (e.Element("name") ?? e.Element("phrase") ?? e.Element("extractedName"))?.Value.Trim() ?? "";
        var lat = Double(e.Descendants().FirstOrDefault(d => d.Name.LocalName is "lat" or "latitude"));
        var lon = Double(e.Descendants().FirstOrDefault(d => d.Name.LocalName is "lon" or "longitude"));
        var gaztag = e.Element("gaztag");
        long? geonameid = long.TryParse((string?)gaztag?.Attribute("geonameid"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : null;
        var featureClass = gaztag?.Element("fclass")?.Value.Trim() is { Length: > 0 } fc ? fc : null;
        var featureCode = gaztag?.Element("fcode")?.Value.Trim() is { Length: > 0 } fd ? fd : null;
        return new GoldToponym(start.Value, end.Value, name, lat, lon, geonameid, featureClass, featureCode);
    }

    /// <summary>
    /// Offsets that miss the name are moved onto its nearest occurrence within this many characters: GeoVirus as
    /// distributed counts from 1 ("Pandi" at 170..175 is text[169..174]), and LGL's offsets drift by up to ten
    /// characters inside a document ("Ontario" annotated over "largest"). Offsets that match, or whose name
    /// occurs nowhere near, are kept.
    /// </summary>
    public const int MaxOffsetCorrection = 16;

    /// <summary>Moves a gold span onto the nearest whole-word occurrence of its name (see <see cref="MaxOffsetCorrection"/>).</summary>
    public static GoldToponym Align(string text, GoldToponym t)
    {
        if (t.Name.Length == 0) return t;
        for (var distance = 0; distance <= MaxOffsetCorrection; distance++)
        {
            foreach (var start in distance == 0 ? [t.Start] : new[] { t.Start - distance, t.Start + distance })
            {
                if (IsWholeWordAt(text, start, t.Name)) return t with { Start = start, End = start + t.Name.Length };
            }
        }
        return t;
    }

    private static bool IsWholeWordAt(string text, int start, string name)
    {
        var end = start + name.Length;
        if (start < 0 || end > text.Length) return false;
        if (!text.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        return (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    private static int? Int(XElement? e) =>
        int.TryParse(e?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double? Double(XElement? e) =>
        double.TryParse(e?.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
