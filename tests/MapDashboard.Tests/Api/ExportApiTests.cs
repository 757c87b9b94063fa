using System.Globalization;
using System.Net;
using System.Text.Json;
using MapDashboard.Api;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Data.Tests;

namespace MapDashboard.Tests.Api;

public abstract class ExportApiTests(DashboardFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [StoreFact]
    public async Task GeoJsonExportIsAnAttachmentWithTheFilteredEvents()
    {
        var response = await _client.GetAsync("/api/events.geojson?country=SY&undated=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".geojson", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("features").GetArrayLength());
    }

    [StoreFact]
    public async Task CsvExportIsAnAttachmentWithAHeaderAndOneRowPerEvent()
    {
        var response = await _client.GetAsync("/api/events.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', CsvWriter.Columns), lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("Battle for Raqqa <script>alert(1)</script>", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task ExportsCarryTheProvenanceAnAnalystCites()
    {
        var csv = (await _client.GetStringAsync("/api/events.csv?q=battle")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = csv[0].Split(',');
        var row = csv[1];
        Assert.Equal(["source", "url", "sentence", "articleDate", "articleDatePrecision"], header[^5..]);
        Assert.EndsWith(",,,Clashes were reported in Ar Raqqah.,2017-03-17,day", row, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/events.geojson?q=battle"));
        var properties = json.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal("Clashes were reported in Ar Raqqah.", properties.GetProperty("sentence").GetString());
        Assert.Equal("2017-03-17", properties.GetProperty("articleDate").GetString());
        Assert.Equal("day", properties.GetProperty("articleDatePrecision").GetString());
        Assert.Equal("2017-03-17", properties.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("source").ValueKind);
        Assert.Equal(0.9, properties.GetProperty("confidence").GetDouble());
        Assert.Equal("event", properties.GetProperty("role").GetString());
    }

    [StoreTheory]
    [InlineData("/api/events.csv?country=Syria", "country")]
    [InlineData("/api/events.geojson?from=2017-02-30", "from")]
    [InlineData("/api/events.csv?bbox=1,2,3", "bbox")]
    public async Task AMalformedParameterIsA400WithAProblemAndNoFile(string url, string messagePart)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(messagePart, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [StoreTheory]
    [InlineData("country=SY")]
    [InlineData("from=2017-03-01&to=2017-03-31&undated=true")]
    [InlineData("bbox=42,35,44,37")]
    [InlineData("")]
    public async Task AnExportOfAFilteredViewHasTheEventsOfApiEvents(string query)
    {
        using var events = JsonDocument.Parse(await _client.GetStringAsync("/api/events?" + query));
        using var geoJson = JsonDocument.Parse(await _client.GetStringAsync("/api/events.geojson?" + query));
        var features = events.RootElement.GetProperty("features");
        Assert.NotEqual(0, features.GetArrayLength());
        Assert.Equal(features.GetRawText(), geoJson.RootElement.GetProperty("features").GetRawText());

        var csv = (await _client.GetStringAsync("/api/events.csv?" + query)).TrimStart('\uFEFF');
        var csvIds = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => long.Parse(l.Split(',')[0], CultureInfo.InvariantCulture));
        Assert.Equal(features.EnumerateArray().Select(f => f.GetProperty("id").GetInt64()), csvIds);
    }

    [StoreFact]
    public void CsvQuotesFieldsAndDefusesFormulas()
    {
        var e = new EventRecord(1, -73.5, 40.25, "=HYPERLINK(\"http://x\")", 2, "@SUM(A1)", 3, "Title, with \"quotes\"\nand a line",
            null, DatePrecision.Unknown, "US", PlaceLevel.City, 0.5, MentionRole.Event);
        var lines = CsvWriter.Write([e]).Split("\r\n");
        Assert.Equal("1,-73.5,40.25,\"'=HYPERLINK(\"\"http://x\"\")\",2,'@SUM(A1),3,\"Title, with \"\"quotes\"\"\nand a line\",,unknown,US,city,0.5,event,,,,,unknown", lines[1]);
        Assert.Equal("'+1", CsvWriter.Text("+1"));
        Assert.Equal("'-1", CsvWriter.Text("-1"));
        Assert.Equal("Aleppo", CsvWriter.Text("Aleppo"));
    }

    [Theory]
    [InlineData("Aleppo strike;=cmd|' /C calc'!A0", "Aleppo strike;'=cmd|' /C calc'!A0")]
    [InlineData("a, +1", "a, '+1")]
    [InlineData("a\t@SUM(A1)", "a\t'@SUM(A1)")]
    [InlineData("line\n=1+1", "line\n'=1+1")]
    [InlineData("=1;=2", "'=1;'=2")]
    // Ordinary text keeps its dashes and signs.
    [InlineData("Aleppo - Reuters", "Aleppo - Reuters")]
    [InlineData("up 5% to +3", "up 5% to +3")]
    public void CsvDefusesAFormulaAfterAnySeparatorASpreadsheetMaySplitOn(string text, string expected)
    {
        Assert.Equal(expected, CsvWriter.Text(text));
        // Quoted too, so a spreadsheet that splits on ';' or tabs keeps it one cell.
        Assert.StartsWith("\"", CsvWriter.Field(CsvWriter.Text("x;y")), StringComparison.Ordinal);
        Assert.StartsWith("\"", CsvWriter.Field("x\ty"), StringComparison.Ordinal);
    }
}

public sealed class ExportApiTestsOnSqlite(DashboardFactory factory) : ExportApiTests(factory), IClassFixture<DashboardFactory>;

[OnPostgres]
public sealed class ExportApiTestsOnPostgres(PostgresDashboardFactory factory) : ExportApiTests(factory), IClassFixture<PostgresDashboardFactory>;
