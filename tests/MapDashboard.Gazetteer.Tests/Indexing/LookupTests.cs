using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Tests.Support;
using static MapDashboard.Gazetteer.Tests.Support.FixturePlaces;

namespace MapDashboard.Gazetteer.Tests.Indexing;

public class LookupTests
{
    private readonly GazetteerIndex _gazetteer = GazetteerIndex.Create(All());

    [Fact]
    public void Paris_France_ranks_before_Paris_Texas_without_context()
    {
        IReadOnlyList<Candidate> candidates = _gazetteer.Lookup("Paris");
        Assert.Equal([ParisFrance, ParisTexas], candidates.Select(c => c.Place.Id));
        Assert.All(candidates, c => Assert.Equal(NameMatchKind.Exact, c.Match));
        Assert.True(candidates[0].Score > candidates[1].Score);
        Assert.Contains("capital", candidates[0].Reason);
    }

    [Fact]
    public void Exact_matches_beat_folded_ones_whatever_the_population()
    {
        // "Işık" has 9,000 times the population of "Isik", but the text wrote "Isik".
        IReadOnlyList<Candidate> candidates = _gazetteer.Lookup("Isik");
        Assert.Equal([IsikVillage, IsikBurg], candidates.Select(c => c.Place.Id));
        Assert.Equal([NameMatchKind.Exact, NameMatchKind.Folded], candidates.Select(c => c.Match));
        Assert.True(candidates[0].Score > candidates[1].Score);
    }

    [Fact]
    public void Diacritics_in_the_query_are_exact_when_the_spelling_is_known()
    {
        Candidate first = _gazetteer.Lookup("IŞık")[0];
        Assert.Equal(IsikBurg, first.Place.Id);
        Assert.Equal(NameMatchKind.Exact, first.Match);
    }

    [Theory]
    [InlineData("Deir Ezzor")]
    [InlineData("Deir Ezzur")]
    [InlineData("Deir ez-Zor")]
    [InlineData("Dayr az Zawr")]
    public void Deir_ez_Zor_is_found_under_every_spelling(string spelling) =>
        Assert.Equal(DeirEzZorCity, _gazetteer.Lookup(spelling)[0].Place.Id);

    [Fact]
    public void Transliterated_matches_are_marked_and_only_loose()
    {
        Assert.Equal(NameMatchKind.Transliterated, _gazetteer.Lookup("Deir Ezzor")[0].Match);
        Assert.Empty(_gazetteer.Lookup("Deir Ezzor", NameMatching.Strict));
        Assert.Equal(NameMatchKind.Exact, _gazetteer.Lookup("Deir ez-Zor", NameMatching.Strict)[0].Match);
    }

    [Fact]
    public void Al_Tabaqa_finds_Tabqa() => Assert.Equal(AthThawrahTabqa, _gazetteer.Lookup("al-Tabaqa")[0].Place.Id);

    [Fact]
    public void Demonyms_map_to_their_country()
    {
        foreach (string word in new[] { "Syrian", "Syrians", "syrian" })
        {
            Candidate candidate = Assert.Single(_gazetteer.Lookup(word));
            Assert.Equal(SyriaCountry, candidate.Place.Id);
            Assert.Equal(NameMatchKind.Demonym, candidate.Match);
        }
    }

    [Fact]
    public void Unknown_names_give_no_candidates()
    {
        Assert.Empty(_gazetteer.Lookup("Atlantis Prime"));
        Assert.Empty(_gazetteer.Lookup(" - "));
    }

    [Fact]
    public void Admin1_names_are_filled_and_reasons_say_where() =>
        Assert.Contains("in France", _gazetteer.Lookup("Parigi")[0].Reason);

    [Fact]
    public void A_later_entry_with_the_same_id_replaces_the_earlier_one()
    {
        Place renamed = All().Single(p => p.Id == ParisTexas) with { Name = "Paris TX" };
        GazetteerIndex gazetteer = GazetteerIndex.Create([.. All(), renamed]);
        Assert.Equal("Paris TX", gazetteer.Get(ParisTexas)?.Name);
        Assert.Single(gazetteer.Lookup("Paris"));
    }

    [Fact]
    public void Users_places_rank_above_bundled_places_of_the_same_name()
    {
        var mine = new Place { Id = 900_000_000_001, Name = "Paris", Level = PlaceLevel.Locality, CountryCode = "FR", Latitude = 45, Longitude = 1 };
        GazetteerIndex gazetteer = GazetteerIndex.Create([.. All(), mine]);
        Assert.Equal(mine.Id, gazetteer.Lookup("Paris")[0].Place.Id);
    }

    [Fact]
    public void Transliterated_candidates_closest_in_spelling_come_first_and_score_higher()
    {
        var near = new Place { Id = 500001, Name = "Der Hafir", Level = PlaceLevel.Locality, CountryCode = "SY", Latitude = 36.16, Longitude = 37.7 };
        var far = new Place { Id = 500002, Name = "Dayr Haafiir", Level = PlaceLevel.City, CountryCode = "SY", Population = 1_000_000, Latitude = 35, Longitude = 38 };
        GazetteerIndex gazetteer = GazetteerIndex.Create([near, far]);

        IReadOnlyList<Candidate> candidates = gazetteer.Lookup("Deir Hafir");

        Assert.Equal([near.Id, far.Id], candidates.Select(c => c.Place.Id));
        Assert.True(candidates[0].Score > candidates[1].Score);
        Assert.Contains("1 edit", candidates[0].Reason);
    }

    [Fact]
    public void Scores_never_increase_down_the_list()
    {
        foreach (string name in new[] { "Paris", "Isik", "Deir Ezzor", "Syrian" })
        {
            double[] scores = [.. _gazetteer.Lookup(name).Select(c => c.Score)];
            Assert.Equal(scores.OrderDescending(), scores);
        }
    }

    [Fact]
    public void Countries_are_found_by_code() => Assert.Equal("Syria", _gazetteer.Country("sy")?.Name);
}
