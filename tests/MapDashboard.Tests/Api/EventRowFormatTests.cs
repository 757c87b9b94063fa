using System.Buffers;
using System.Text;
using System.Text.Json;
using MapDashboard.Api;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Hosting;

namespace MapDashboard.Tests.Api;

/// <summary>The streamed formats write the same bytes as the whole-file writers they replace.</summary>
public sealed class EventRowFormatTests
{
    private static readonly JsonSerializerOptions AppJson = AppJsonOptions();

    // Escaping, non-ASCII, a surrogate pair, no date, a coarse level and a confidence to round.
    private static readonly EventRecord[] Tricky =
    [
        new(1, 39.00788, 35.95283, "Ar Raqqah", 172955, "Raqqa", 10, "Battle for Raqqa <script>alert(1)</script>",
            new DateOnly(2017, 3, 17), DatePrecision.Day, "SY", PlaceLevel.City, 0.912345, MentionRole.Event),
        new(2, -73.5, 40.25, "=HYPERLINK(\"http://x\")", 2, "@SUM(A1)", 3, "Title, with \"quotes\"\nand a line & 'apostrophes'",
            null, DatePrecision.Unknown, "US", PlaceLevel.Admin1, 0.5, MentionRole.Dateline),
        new(3, 0, -0.000001, "Tell Abyaḍ", 3, "تل أبيض", 4, "Fleeing 🏃 north " + new string('x', 40) + "🏃",
            new DateOnly(2017, 1, 1), DatePrecision.Year, "", PlaceLevel.Locality, 1, MentionRole.Adjectival),
    ];

    [Fact]
    public void GeoJsonIsWhatTheSerializerWritesForTheCollection()
    {
        var expected = JsonSerializer.Serialize(EventFeatureCollection.From(Tricky), AppJson);
        Assert.Equal(expected, Written(o => new GeoJsonEventFormat(o, AppJson), Tricky));
        Assert.Equal(JsonSerializer.Serialize(EventFeatureCollection.From([]), AppJson), Written(o => new GeoJsonEventFormat(o, AppJson), []));
    }

    [Fact]
    public void CsvIsTheByteOrderMarkThenTheWholeFile()
    {
        Assert.Equal("\uFEFF" + CsvWriter.Write(Tricky), Written(o => new CsvEventFormat(o), Tricky));
        Assert.Equal("\uFEFF" + CsvWriter.Write([]), Written(o => new CsvEventFormat(o), []));
    }

    private static string Written(Func<IBufferWriter<byte>, IEventRowFormat> format, IEnumerable<EventRecord> events)
    {
        var output = new ArrayBufferWriter<byte>();
        using var writer = format(output);
        writer.WriteStart();
        foreach (var e in events)
        {
            writer.WriteRow(e);
            writer.Commit();
        }

        writer.WriteEnd();
        writer.Commit();
        // The BOM is kept: GetString does not strip it.
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(output.WrittenSpan);
    }

    private static JsonSerializerOptions AppJsonOptions()
    {
        // As the app's HTTP JSON options are made: web defaults, then the dashboard's settings.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DashboardServices.ConfigureJson(options);
        return options;
    }
}
