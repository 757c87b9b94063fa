using System.Text.Json;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Reporting;
using MapDashboard.Gazetteer.Tests.Support;

namespace MapDashboard.Gazetteer.Tests.Reporting;

public class GazetteerReportTests
{
    private readonly GazetteerIndex _gazetteer = GazetteerIndex.Create(FixturePlaces.All());

    [Fact]
    public void Lookup_text_lists_ranked_candidates_with_reasons()
    {
        string text = GazetteerReport.Lookup(_gazetteer, "Paris", json: false);
        Assert.StartsWith(" 1. Paris [city, FR] id 2988507", text);
        Assert.Contains("exact", text);
        Assert.Contains(" 2. Paris [city, US]", text);
    }

    [Fact]
    public void Lookup_json_carries_lon_lat_and_the_match()
    {
        using JsonDocument json = JsonDocument.Parse(GazetteerReport.Lookup(_gazetteer, "Dayr az Zawr", json: true));
        JsonElement first = json.RootElement.GetProperty("candidates")[0];
        Assert.Equal(FixturePlaces.DeirEzZorCity, first.GetProperty("id").GetInt64());
        Assert.Equal(40.14084, first.GetProperty("lon").GetDouble(), 5);
        Assert.Equal("exact", first.GetProperty("match").GetString());
    }

    [Fact]
    public void Lookup_says_when_nothing_matched() =>
        Assert.Contains("No gazetteer entry", GazetteerReport.Lookup(_gazetteer, "Atlantis", json: false));

    [Fact]
    public void Stats_count_levels_in_text_and_json()
    {
        Assert.Contains("country", GazetteerReport.Stats(_gazetteer, json: false));
        using JsonDocument json = JsonDocument.Parse(GazetteerReport.Stats(_gazetteer, json: true));
        Assert.Equal(2, json.RootElement.GetProperty("countsByLevel").GetProperty("country").GetInt32());
        Assert.Equal(FixturePlaces.All().Count, json.RootElement.GetProperty("places").GetInt32());
    }
}
