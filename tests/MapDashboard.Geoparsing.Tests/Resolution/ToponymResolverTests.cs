using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;
using static MapDashboard.Geoparsing.Tests.Fixtures.SyriaFixture;

namespace MapDashboard.Geoparsing.Tests.Resolution;

public class ToponymResolverTests
{
    private static readonly Geoparser Parser = new(Create());

    private static GeoparsedMention Resolve(string body, string name, string title = "Report")
    {
        var article = new ArticleText { Title = title, Body = body, SourceName = "t", Position = 0 };
        return Parser.ParseArticle(article).Mentions.First(m => m.Mention.Text == name);
    }

    [Fact]
    public void Palmyra_InASyriaArticle_IsTadmurSyria()
    {
        var palmyra = Resolve("The Syrian army drove ISIL out of Palmyra, east of Homs, Syria.", "Palmyra");

        Assert.Equal(PalmyraSyria, palmyra.Place?.Id);
        Assert.True(GeoDistance.Km(palmyra.Place!.Latitude, palmyra.Place.Longitude, 34.56, 38.28) < 5, "within 5 km of Tadmur");
        Assert.Contains(palmyra.Alternatives, a => a.Place.Id == PalmyraNewYork);
        Assert.Contains("SY", palmyra.Evidence);
    }

    [Fact]
    public void Paris_WithNoContext_IsParisFrance()
    {
        var paris = Resolve("Talks were held in Paris.", "Paris");

        Assert.Equal(ParisFrance, paris.Place?.Id);
        Assert.True(paris.Confidence > 0.1, $"confidence {paris.Confidence}");
    }

    [Fact]
    public void Moscow_WithNoContext_IsTheCapital()
    {
        Assert.Equal(MoscowRussia, Resolve("Delegates met in Moscow.", "Moscow").Place?.Id);
    }

    [Fact]
    public void Qualifier_InLattakiaProvince_PicksTheSyrianBshaquh()
    {
        var b = Resolve("Agreements were signed with Bshaquh in Lattakia province.", "Bshaquh");

        Assert.Equal(BshaquhSyria, b.Place?.Id);
        Assert.Contains("qualified by", b.Evidence);
    }

    [Fact]
    public void HomsProvince_IsTheGovernorate_HomsCity_IsTheCity()
    {
        Assert.Equal(HomsGovernorate, Resolve("Militants in Homs province received amnesty.", "Homs").Place?.Id);
        Assert.Equal(HomsSyria, Resolve("Militants left the Western outskirts of Homs city.", "Homs").Place?.Id);
    }

    [Fact]
    public void A_city_with_its_own_province_as_runner_up_is_not_uncertain()
    {
        // Homs the city or Homs the governorate around it: either way the dot is in Homs, 100 km apart at most,
        // so the map must not mark it "uncertain" (below 0.5) as it would a namesake in another country.
        var homs = Resolve("Clashes were reported in Homs on Tuesday.", "Homs");

        Assert.Equal(HomsSyria, homs.Place?.Id);
        Assert.Contains(homs.Alternatives, a => a.Place.Id == HomsGovernorate);
        Assert.True(homs.Confidence >= 0.5, $"confidence {homs.Confidence}");
    }

    [Fact]
    public void Ambiguity_WithoutEvidence_KeepsLowConfidenceAndAlternatives()
    {
        // Two small Palmyras in the United States and no other place: nothing can settle it.
        var parser = new Geoparser(new FixtureGazetteer(
        [
            new() { Id = 1, Name = "Springfield", Level = Gazetteer.PlaceLevel.City, CountryCode = "US", Admin1Code = "IL", Population = 116_000, Latitude = 39.8, Longitude = -89.6 },
            new() { Id = 2, Name = "Springfield", Level = Gazetteer.PlaceLevel.City, CountryCode = "US", Admin1Code = "MA", Population = 155_000, Latitude = 42.1, Longitude = -72.6 },
        ]));
        var article = new ArticleText { Title = "Storm", Body = "A storm hit Springfield.", SourceName = "t", Position = 0 };

        var m = Assert.Single(parser.ParseArticle(article).Mentions);

        Assert.True(m.Confidence < 0.1, $"confidence {m.Confidence}");
        Assert.Single(m.Alternatives);
    }

    [Fact]
    public void UnresolvedMention_HasNoPlace()
    {
        var article = new ArticleText { Title = "Homs", Body = "Militants left al-Wa’er neighborhood in Homs.", SourceName = "t", Position = 0 };

        var m = Assert.Single(Parser.ParseArticle(article).Mentions, x => x.Mention.Text == "al-Wa’er");

        Assert.Null(m.Place);
        Assert.Equal(0, m.Confidence);
    }
    [Fact]
    public void A_town_with_the_primary_name_is_weighed_even_when_alternates_fill_the_candidate_list()
    {
        // Thirty big counties list "Alder" as an alternate name and outrank the town in the gazetteer; the article's
        // other names are in the town's state.
        Place County(int i) => new()
        {
            Id = 100 + i, Name = $"Alder County {i}", Level = PlaceLevel.Admin2, FeatureClass = "A", FeatureCode = "ADM2", CountryCode = "US",
            Admin1Code = "S" + i, Population = 500_000, Latitude = 30 + i * 0.5, Longitude = -100, AlternateNames = ["Alder"],
        };
        Place Town(long id, string name, double lon) => new()
        {
            Id = id, Name = name, Level = PlaceLevel.Locality, FeatureClass = "P", FeatureCode = "PPL", CountryCode = "US", Admin1Code = "MN",
            Population = 3_000, Latitude = 45, Longitude = lon,
        };
        var gazetteer = new FixtureGazetteer([.. Enumerable.Range(0, 30).Select(County), Town(1, "Alder", -93.6), Town(2, "Birchton", -93.5), Town(3, "Cedarton", -93.4)]);
        var parser = new Geoparser(gazetteer);
        var article = new ArticleText { Title = "Wrestling", Body = "Birchton beat Cedarton on Saturday night in Alder.", SourceName = "t", Position = 0 };

        Assert.Equal(1, parser.ParseArticle(article).Mentions.First(m => m.Mention.Text == "Alder").Place?.Id);
    }
}

public class ParseSpansTests
{
    [Fact]
    public void GivenSpans_AbbreviationDefinedInTheText_ResolvesByTheLongName()
    {
        var parser = new Geoparser(SyriaFixture.Create());
        var article = new ArticleText { Title = "", Body = "Racing stopped in New South Wales (NSW). NSW officials agreed.", SourceName = "t", Position = 0 };
        var at = article.Text.LastIndexOf("NSW", StringComparison.Ordinal);

        var m = Assert.Single(parser.ParseSpans(article, [(at, 3)]).Mentions);

        Assert.Equal("New South Wales", m.Place?.Name);
    }

    [Fact]
    public void GivenSpans_A_state_abbreviation_is_only_ever_that_state()
    {
        // "Fla." is Florida the state, never Florida, Uruguay, whatever else the article names.
        var gazetteer = new FixtureGazetteer(
        [
            new Place { Id = 1, Name = "Florida", Level = PlaceLevel.Admin1, FeatureClass = "A", FeatureCode = "ADM1", CountryCode = "US", Admin1Code = "FL", Population = 21_000_000, Latitude = 28.75, Longitude = -82.5 },
            new Place { Id = 2, Name = "Florida", Level = PlaceLevel.City, FeatureClass = "P", FeatureCode = "PPLA", CountryCode = "UY", Admin1Code = "07", Population = 33_000, Latitude = -34.1, Longitude = -56.2 },
            new Place { Id = 3, Name = "Montevideo", Level = PlaceLevel.City, FeatureClass = "P", FeatureCode = "PPLC", CountryCode = "UY", Admin1Code = "10", Population = 1_300_000, Latitude = -34.9, Longitude = -56.2 },
        ]);
        var article = new ArticleText { Title = "", Body = "She flew from Montevideo to Alderton, Fla., on Monday.", SourceName = "t", Position = 0 };
        var at = article.Text.IndexOf("Fla.", StringComparison.Ordinal);

        var m = Assert.Single(new Geoparser(gazetteer).ParseSpans(article, [(at, 4)]).Mentions);

        Assert.Equal(1, m.Place?.Id);
    }
}
