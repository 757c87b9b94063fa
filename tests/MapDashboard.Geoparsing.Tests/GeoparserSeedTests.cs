using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;
using static MapDashboard.Geoparsing.Tests.Fixtures.SyriaFixture;

namespace MapDashboard.Geoparsing.Tests;

/// <summary>The whole pipeline over the seed documents, with the fixture gazetteer.</summary>
public class GeoparserSeedTests
{
    private static readonly Geoparser Parser = new(Create());

    private static IReadOnlyList<GeoparsedArticle> ParseSeed(string prefix)
    {
        var path = TestPaths.Seed(prefix);
        return Parser.Parse(new SourceDocument(Path.GetFileName(path), File.ReadAllText(path)));
    }

    [Fact]
    public void Seed000_TassArticle_IsDatedByItsDateline()
    {
        var tass = ParseSeed("000")[8];

        Assert.Equal(FuzzyDate.Day(new DateOnly(2017, 3, 17)), tass.Date);
        var moscow = Assert.Single(tass.Mentions, m => m.Mention.Role == MentionRole.Dateline);
        Assert.Equal(MoscowRussia, moscow.Place?.Id);
    }

    [Fact]
    public void Seed000_Raqqa_IsArRaqqahSyria_AndNoPersonIsAPlace()
    {
        var articles = ParseSeed("000");
        var mentions = articles.SelectMany(a => a.Mentions).ToList();

        var raqqa = mentions.Where(m => m.Mention.Text == "Raqqa").ToList();
        Assert.NotEmpty(raqqa);
        Assert.All(raqqa, m => Assert.Equal(ArRaqqahSyria, m.Place?.Id));
        Assert.True(GeoDistance.Km(raqqa[0].Place!.Latitude, raqqa[0].Place!.Longitude, 35.95, 39.01) < 10, "Raqqa within 10 km of 35.95 N, 39.01 E");

        var names = mentions.Select(m => m.Mention.Text).ToHashSet();
        foreach (var notAPlace in new[] { "Gary", "Koren", "Igor", "Kuznetsov", "Katran", "Sputnik", "Standard", "Independent", "Even" })
            Assert.DoesNotContain(notAPlace, names);
    }

    [Fact]
    public void Seed000_Palmyra_IsInSyria_EvenWithoutAQualifier()
    {
        var palmyra = ParseSeed("000").SelectMany(a => a.Mentions).Where(m => m.Mention.Text == "Palmyra").ToList();

        Assert.NotEmpty(palmyra);
        Assert.All(palmyra, m => Assert.Equal(PalmyraSyria, m.Place?.Id));
    }

    [Fact]
    public void Seed004_HasNoDates_AndSaysSo()
    {
        var articles = ParseSeed("004");

        Assert.Equal(7, articles.Count);
        Assert.All(articles, a => Assert.Equal(DatePrecision.Unknown, a.Date.Precision));
        Assert.All(articles.SelectMany(a => a.Mentions), m => Assert.Equal(DatePrecision.Unknown, m.Date.Precision));
    }

    [Fact]
    public void Timings_AreRecordedPerStage()
    {
        var parser = new Geoparser(Create());
        var path = TestPaths.Seed("000");

        parser.Parse(new SourceDocument("000", File.ReadAllText(path)));

        Assert.True(parser.Timings[GeoparserStage.Recognition] > TimeSpan.Zero);
        Assert.True(parser.Timings[GeoparserStage.Resolution] > TimeSpan.Zero);
    }
}
