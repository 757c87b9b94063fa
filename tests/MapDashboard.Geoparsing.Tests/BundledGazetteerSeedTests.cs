using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Splitting;
using MapDashboard.Geoparsing.Tests.Fixtures;

namespace MapDashboard.Geoparsing.Tests;

/// <summary>The pipeline over the seed documents with the real bundled gazetteer.</summary>
[Trait("Category", "Integration")]
public class BundledGazetteerSeedTests
{
    // GeoNames ids, checked against cities500.txt.
    private const long ArRaqqahSyria = 172955;
    private const long PalmyraSyria = 163808;   // "Tadmur"
    private const long ParisFrance = 2988507;
    private const long MoscowRussia = 524901;
    private const long DeirEzZorSyria = 170794;
    private const long MosulIraq = 99072;

    private static IReadOnlyList<GeoparsedArticle> ParseSeed(string prefix)
    {
        var path = TestPaths.Seed(prefix);
        return BundledGazetteer.Parser.Parse(new SourceDocument(Path.GetFileName(path), File.ReadAllText(path)));
    }

    private static GeoparsedMention Single(string body, string name)
    {
        var article = new ArticleText { Title = "Report", Body = body, SourceName = "t", Position = 0 };
        return BundledGazetteer.Parser.ParseArticle(article).Mentions.First(m => m.Mention.Text == name);
    }

    [Fact]
    public void Seed000_KeyPlacesResolveToTheirSyrianAndIraqiEntries()
    {
        var mentions = ParseSeed("000").SelectMany(a => a.Mentions).Where(m => m.Place is not null).ToList();

        Assert.All(mentions.Where(m => m.Mention.Text == "Raqqa"), m => Assert.Equal(ArRaqqahSyria, m.Place!.Id));
        Assert.All(mentions.Where(m => m.Mention.Text == "Palmyra"), m => Assert.Equal(PalmyraSyria, m.Place!.Id));
        Assert.All(mentions.Where(m => m.Mention.Text == "Mosul"), m => Assert.Equal(MosulIraq, m.Place!.Id));
        Assert.All(mentions.Where(m => m.Mention.Text == "Deir Ezzur"), m => Assert.Equal(DeirEzZorSyria, m.Place!.Id));
        Assert.Contains(mentions, m => m.Mention.Text == "Raqqa");
        var tadmur = mentions.First(m => m.Mention.Text == "Palmyra").Place!;
        Assert.True(GeoDistance.Km(tadmur.Latitude, tadmur.Longitude, 34.56, 38.28) < 10, "Palmyra within 10 km of 34.56 N, 38.28 E");
    }

    [Fact]
    public void Seed000_PeopleOrganisationsShipsAndWeapons_AreNeverPlaces()
    {
        var articles = ParseSeed("000").Concat(ParseSeed("004")).ToList();
        var onMap = articles.SelectMany(a => a.Mentions).Where(m => m.Place is not null)
            .Select(m => m.Mention.Text).ToHashSet(StringComparer.Ordinal);

        foreach (var name in new[] { "Igor", "Konashenkov", "Jean-Yves", "Le Drian", "Drian", "Fikri", "Işık", "Bashar", "Assad", "Al-Assad", "Gary", "Koren",
                     "Sputnik", "Independent", "Standard", "Der Standard", "Al-Watan", "Rossiya", "Gazeta", "TASS", "CNN", "BBC",
                     "Admiral Kuznetsov", "Kuznetsov", "Pyotr Veliky", "Veliky", "Katran", "Arrow", "Even", "Mission", "Trump", "Lavrov", "Cockburn" })
            Assert.DoesNotContain(name, onMap);
    }

    [Fact]
    public void Seed000_TassDateline_IsMoscowOnMarch17()
    {
        var tass = ParseSeed("000")[8];

        Assert.Equal("2017-03-17", tass.Date.ToString());
        var dateline = Assert.Single(tass.Mentions, m => m.Mention.Role == MentionRole.Dateline);
        Assert.Equal(MoscowRussia, dateline.Place?.Id);
    }

    [Fact]
    public void Paris_WithNoContext_IsParisFrance()
    {
        var paris = Single("Talks were held in Paris.", "Paris");

        Assert.Equal(ParisFrance, paris.Place?.Id);
    }

    [Fact]
    public void Palmyra_InASyriaArticle_IsTadmur()
    {
        var palmyra = Single("Syrian troops retook Palmyra from ISIS, the army in Syria said.", "Palmyra");

        Assert.Equal(PalmyraSyria, palmyra.Place?.Id);
        Assert.NotEmpty(palmyra.Alternatives);
    }
}

/// <summary>Transliterated Arabic names with the real gazetteer.</summary>
[Trait("Category", "Integration")]
public class BundledGazetteerArabicNameTests
{
    [Fact]
    public void ArabicArticle_IsNeverAPlaceOnItsOwn_AndUnknownNamesStayUnresolved()
    {
        var article = new ArticleText { Title = "Homs", Body = "150 militants from al-Wa’er neighborhood in Homs left; the army retook al-Sharimeh village.", SourceName = "t", Position = 0 };

        var mentions = BundledGazetteer.Parser.ParseArticle(article).Mentions;

        Assert.DoesNotContain(mentions, m => m.Mention.Text.Equals("al", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mentions, m => m.Mention.Text == "al-Wa’er" && m.Place is null);
        Assert.Contains(mentions, m => m.Mention.Text == "al-Sharimeh" && m.Place is null);
    }
}

/// <summary>An Arabic-article name inside an organisation's name.</summary>
[Trait("Category", "Integration")]
public class BundledGazetteerOrganisationNameTests
{
    [Fact]
    public void FatahAlSham_IsNotDamascus()
    {
        var article = new ArticleText { Title = "Report", Body = "Reports claimed that the al-Nusra (Fatah al-Sham) Front occupied parts of the city.", SourceName = "t", Position = 0 };

        Assert.DoesNotContain(BundledGazetteer.Parser.ParseArticle(article).Mentions, m => m.Mention.Text == "al-Sham");
    }
}

/// <summary>A place's name inside a natural feature's name the gazetteer lacks.</summary>
[Trait("Category", "Integration")]
public class BundledGazetteerNaturalFeatureTests
{
    [Theory]
    [InlineData("The otter was found on Islington Bay, near Rangitoto.", "Islington Bay")]
    [InlineData("Dead swans were found in the Danube Delta last week.", "Danube Delta")]
    [InlineData("Villagers near Lake Titicaca fell ill after the meteorite.", "Lake Titicaca")]
    [InlineData("Residents along Mahim Bay complained about the water.", "Mahim Bay")]
    public void A_feature_named_after_a_place_is_not_put_on_that_place(string body, string feature)
    {
        var article = new ArticleText { Title = "Report", Body = body, SourceName = "t", Position = 0 };
        var at = body.IndexOf(feature, StringComparison.Ordinal) + article.BodyOffset;

        var mentions = BundledGazetteer.Parser.ParseArticle(article).Mentions;

        Assert.DoesNotContain(mentions, m => m.Place is not null && m.Mention.Start < at + feature.Length && at < m.Mention.Start + m.Mention.Length);
        Assert.Contains(mentions, m => m.Mention.Text == feature && m.Place is null);
    }

    [Fact]
    public void A_province_inside_a_valley_name_still_stands_for_its_area()
    {
        var article = new ArticleText { Title = "Report", Body = "Shelling was reported across the Bekaa Valley on Monday.", SourceName = "t", Position = 0 };

        var bekaa = Assert.Single(BundledGazetteer.Parser.ParseArticle(article).Mentions, m => m.Mention.Text == "Bekaa");
        Assert.Equal("LB", bekaa.Place?.CountryCode);
    }
}
