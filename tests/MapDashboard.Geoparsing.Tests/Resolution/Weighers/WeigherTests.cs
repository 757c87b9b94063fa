using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Recognition;
using MapDashboard.Geoparsing.Resolution;
using MapDashboard.Geoparsing.Resolution.Weighers;
using static MapDashboard.Geoparsing.Tests.Resolution.Weighers.WeigherFixture;

namespace MapDashboard.Geoparsing.Tests.Resolution.Weighers;

/// <summary>Each weigher alone, on hand-made places: its term, and that weight 0 switches it off.</summary>
public class WeigherTests
{
    [Fact]
    public void Prominence_is_the_prior_scaled_by_its_weight()
    {
        var paris = SlotOf("Paris", ParisFrance, ParisKentucky);
        var slots = new[] { paris };

        var france = Weigh(new ProminenceWeigher(), paris, ParisFrance, ContextOf(paris, slots));
        var kentucky = Weigh(new ProminenceWeigher(), paris, ParisKentucky, ContextOf(paris, slots));
        var off = Weigh(new ProminenceWeigher(), paris, ParisFrance, ContextOf(paris, slots, new GeoparserOptions { ProminenceWeight = 0 }));

        Assert.True(france > kentucky, $"Paris, France {france} should outrank Paris, Kentucky {kentucky} with no context");
        Assert.Equal(0, off);
    }

    [Fact]
    public void Country_context_comes_from_the_other_names_only()
    {
        // "Georgia" twice beside "Atlanta": its own mentions are no evidence for Georgia the country.
        var georgia = SlotOf("Georgia", GeorgiaCountry, GeorgiaState);
        var again = SlotOf("Georgia", GeorgiaCountry, GeorgiaState);
        var atlanta = SlotOf("Atlanta", AtlantaGeorgia);
        var slots = new[] { georgia, again, atlanta };
        var weigher = new CountryContextWeigher();

        Assert.Equal(0, Weigh(weigher, georgia, GeorgiaCountry, ContextOf(georgia, slots)));
        Assert.Equal(GeoparserOptions.DefaultCountryContextWeight, Weigh(weigher, georgia, GeorgiaState, ContextOf(georgia, slots)), 6);
    }

    [Fact]
    public void A_country_the_article_can_be_about_gets_the_country_weight_up_front()
    {
        var georgia = SlotOf("Georgia", GeorgiaCountry, GeorgiaState);
        var slots = new[] { georgia };

        Assert.Equal(GeoparserOptions.DefaultCountryContextWeight, Weigh(new CountryContextWeigher(), georgia, GeorgiaCountry, ContextOf(georgia, slots)), 6);
    }

    [Fact]
    public void Division_context_prefers_the_state_the_other_names_lie_in()
    {
        // "Dublin" beside "Columbus" (Ohio or Georgia) and "Grove City" (Ohio).
        var dublin = SlotOf("Dublin", DublinIreland, DublinOhio);
        var slots = new[] { dublin, SlotOf("Columbus", ColumbusOhio, ColumbusGeorgia), SlotOf("Grove City", GroveCityOhio) };
        var weigher = new DivisionContextWeigher();

        Assert.Equal(GeoparserOptions.DefaultDivisionContextWeight, Weigh(weigher, dublin, DublinOhio, ContextOf(dublin, slots)), 6);
        Assert.Equal(0, Weigh(weigher, dublin, DublinIreland, ContextOf(dublin, slots)));
        Assert.Equal(0, Weigh(weigher, dublin, DublinOhio, ContextOf(dublin, slots, new GeoparserOptions { DivisionContextWeight = 0 })));
    }

    [Fact]
    public void Division_context_weighs_each_name_by_its_own_names_and_their_prominence()
    {
        // "Fairmont" beside "Ridgeton": Ridgeton is a state capital in Ohio and a village of 900 in Kentucky, and
        // an Ohio hamlet lists "Fairmont" only as its old name. Ridgeton says Ohio more than Kentucky; the hamlet's
        // old name says nothing about Ohio.
        var fairmontKentucky = Town(30, "Fairmont", "US", "KY", 8_000, 37.9, -85.1);
        var oldNameOhio = Town(31, "Millbrook", "US", "OH", 700, 40.4, -82.4);
        var fairmont = SlotOf("Fairmont", fairmontKentucky, oldNameOhio);
        var ridgeton = SlotOf("Ridgeton", Town(32, "Ridgeton", "US", "OH", 150_000, 40.0, -82.9, "PPLA"), Town(33, "Ridgeton", "US", "KY", 900, 37.6, -85.0));
        var slots = new[] { fairmont, ridgeton };
        var weigher = new DivisionContextWeigher();

        var ridgetonOhio = Weigh(weigher, ridgeton, ridgeton.Candidates[0].Candidate.Place, ContextOf(ridgeton, slots));
        var ridgetonKentucky = Weigh(weigher, ridgeton, ridgeton.Candidates[1].Candidate.Place, ContextOf(ridgeton, slots));
        var ohio = Weigh(weigher, fairmont, oldNameOhio, ContextOf(fairmont, slots));
        var kentucky = Weigh(weigher, fairmont, fairmontKentucky, ContextOf(fairmont, slots));

        Assert.Equal(0, ridgetonOhio);
        Assert.Equal(GeoparserOptions.DefaultDivisionContextWeight, ridgetonKentucky, 6);
        Assert.True(ohio > kentucky && kentucky > 0, $"Ohio {ohio} should outrank Kentucky {kentucky}, and Kentucky still count");
    }

    [Fact]
    public void A_qualifier_counts_for_the_candidate_it_holds()
    {
        // "PARIS, Ky. —": the abbreviation is read as Kentucky.
        var paris = SlotOf("Paris", ParisFrance, ParisKentucky);
        var ky = SlotOf("Ky.", Kentucky);
        paris.QualifierSlots.Add(ky);
        ky.QualifiedSlots.Add(paris);
        var slots = new[] { paris, ky };

        Assert.Equal(GeoparserOptions.DefaultQualifierWeight, Weigh(new QualifierWeigher(), paris, ParisKentucky, ContextOf(paris, slots)), 6);
        Assert.Equal(0, Weigh(new QualifierWeigher(), paris, ParisFrance, ContextOf(paris, slots)));
    }

    [Fact]
    public void A_division_that_holds_the_town_it_qualifies_or_is_listed_with_others_gains()
    {
        var atlanta = SlotOf("Atlanta", AtlantaGeorgia);
        var georgia = SlotOf("Georgia", GeorgiaCountry, GeorgiaState);
        atlanta.QualifierSlots.Add(georgia);
        georgia.QualifiedSlots.Add(atlanta);
        var kentucky = SlotOf("Kentucky", Kentucky);
        georgia.ListNeighbours.Add(kentucky);
        var slots = new[] { atlanta, georgia, kentucky };
        var weigher = new DivisionEvidenceWeigher();

        Assert.Equal(GeoparserOptions.DefaultQualifierWeight + GeoparserOptions.DefaultListSiblingWeight, Weigh(weigher, georgia, GeorgiaState, ContextOf(georgia, slots)), 6);
        Assert.Equal(0, Weigh(weigher, georgia, GeorgiaCountry, ContextOf(georgia, slots)));
    }

    [Fact]
    public void A_level_hint_favours_the_kind_of_place_the_text_names()
    {
        var state = SlotOf("Georgia", LevelHint.Admin, GeorgiaCountry, GeorgiaState);
        var slots = new[] { state };

        Assert.True(Weigh(new LevelHintWeigher(), state, GeorgiaState, ContextOf(state, slots)) > 0);
        Assert.Equal(0, Weigh(new LevelHintWeigher(), state, GeorgiaCountry, ContextOf(state, slots)));
        Assert.Equal(0, Weigh(new LevelHintWeigher(), state, GeorgiaState, ContextOf(state, slots, new GeoparserOptions { LevelHintWeight = 0 })));
    }

    [Fact]
    public void A_settlement_hint_counts_against_a_division_of_the_name()
    {
        // "Homs city": the city gains, the governorate loses.
        var homsCity = Town(22, "Homs", "SY", "11", 650_000, 34.73, 36.71, "PPLA");
        var homsGovernorate = Division(23, "Homs", "SY", "11", 1_800_000, 34.5, 37.9);
        var slot = SlotOf("Homs", LevelHint.Settlement, homsCity, homsGovernorate);

        Assert.True(Weigh(new LevelHintWeigher(), slot, homsCity, ContextOf(slot, [slot])) > 0);
        Assert.True(Weigh(new LevelHintWeigher(), slot, homsGovernorate, ContextOf(slot, [slot])) < 0);
    }

    [Fact]
    public void A_seat_beats_the_division_of_its_name_unless_the_text_says_province()
    {
        var homsCity = Town(20, "Homs", "SY", "11", 650_000, 34.73, 36.71, "PPLA");
        var homsGovernorate = Division(21, "Homs", "SY", "11", 1_800_000, 34.5, 37.9);
        var bare = SlotOf("Homs", homsCity, homsGovernorate);
        var province = SlotOf("Homs", LevelHint.Admin, homsCity, homsGovernorate);

        Assert.Equal(GeoparserOptions.DefaultSeatWeight, Weigh(new SeatWeigher(), bare, homsCity, ContextOf(bare, [bare])), 6);
        Assert.Equal(0, Weigh(new SeatWeigher(), bare, homsGovernorate, ContextOf(bare, [bare])));
        Assert.Equal(0, Weigh(new SeatWeigher(), province, homsCity, ContextOf(province, [province])));
    }

    [Fact]
    public void Proximity_favours_the_candidate_near_the_settled_places()
    {
        var dublin = SlotOf("Dublin", DublinIreland, DublinOhio);
        var columbus = SlotOf("Columbus", ColumbusOhio);
        var slots = new[] { dublin, columbus };
        var context = ContextOf(dublin, slots, anchors: [columbus]);

        var ohio = Weigh(new ProximityWeigher(), dublin, DublinOhio, context);
        var ireland = Weigh(new ProximityWeigher(), dublin, DublinIreland, context);

        Assert.True(ohio > 0.9 * GeoparserOptions.DefaultProximityWeight, $"Dublin, Ohio, 20 km from Columbus: {ohio}");
        Assert.True(ireland < 0.1 * GeoparserOptions.DefaultProximityWeight, $"Dublin, Ireland: {ireland}");
    }

    [Fact]
    public void A_town_with_the_name_as_an_alternate_loses_to_one_with_it_as_primary()
    {
        var beeville = Town(30, "Beeville", "US", "TX", 13_000, 28.4, -97.75) with { AlternateNames = ["Maryville"] };
        var maryville = Town(31, "Maryville", "US", "TN", 30_000, 35.76, -83.97);
        var slot = SlotOf("Maryville", beeville, maryville);

        Assert.Equal(-GeoparserOptions.DefaultAlternateNamePenalty, Weigh(new AlternateNameWeigher(), slot, beeville, ContextOf(slot, [slot])), 6);
        Assert.Equal(0, Weigh(new AlternateNameWeigher(), slot, maryville, ContextOf(slot, [slot])));
    }

    [Fact]
    public void A_bare_name_is_its_own_country_not_the_capital_that_lists_it_as_an_alternate()
    {
        // "Mexico" beside "Mexico City": the city lists "Mexico" as an alternate name; the country has it as its own.
        var country = new Place { Id = 34, Name = "Valdoria", Level = PlaceLevel.Country, FeatureCode = "PCLI", CountryCode = "VD", Population = 9_000_000, Latitude = 10, Longitude = 20 };
        var capital = Town(35, "Valdoria City", "VD", "01", 2_000_000, 10.5, 20.5, "PPLC") with { AlternateNames = ["Valdoria"] };
        var slot = SlotOf("Valdoria", country, capital);

        Assert.Equal(-GeoparserOptions.DefaultAlternateNamePenalty, Weigh(new AlternateNameWeigher(), slot, capital, ContextOf(slot, [slot])), 6);
        Assert.Equal(0, Weigh(new AlternateNameWeigher(), slot, country, ContextOf(slot, [slot])));
    }

    [Fact]
    public void A_bare_name_is_a_town_of_it_not_the_county_that_lists_it_as_an_alternate()
    {
        // "Logan" in local news is a town called Logan; the county is written "Logan County".
        var county = County(32, "Alder County", "IL", 40.1, -89.4) with { AlternateNames = ["Alder"] };
        var town = Town(33, "Alder", "US", "MO", 2_000, 37.0, -93.6);
        var slot = SlotOf("Alder", county, town);

        Assert.Equal(-GeoparserOptions.DefaultAlternateNamePenalty, Weigh(new AlternateNameWeigher(), slot, county, ContextOf(slot, [slot])), 6);
        Assert.Equal(0, Weigh(new AlternateNameWeigher(), slot, town, ContextOf(slot, [slot])));
    }

    [Fact]
    public void An_alternate_name_is_not_a_place_the_article_calls_by_its_own_name()
    {
        // "Alderton ... Birchton": Alderton lists "Birchton" as an old name, but the article calls it Alderton, so by
        // "Birchton" it means the other town. A short form ("Alder" beside "Alder County") is still the same place.
        var alderton = Town(36, "Alderton", "US", "OH", 3_600, 40.55, -82.83) with { AlternateNames = ["Birchton"] };
        var birchtonOhio = Town(37, "Birchton", "US", "OH", 65_000, 41.1, -80.65);
        var birchton = SlotOf("Birchton", alderton, birchtonOhio);
        var slots = new[] { SlotOf("Alderton", alderton), birchton };
        var weigher = new AlternateNameWeigher();

        Assert.Equal(-2 * GeoparserOptions.DefaultAlternateNamePenalty, Weigh(weigher, birchton, alderton, ContextOf(birchton, slots)), 6);

        var county = County(38, "Alder County", "GA", 33.77, -84.23) with { AlternateNames = ["Alder"] };
        var alder = SlotOf("Alder", county, Town(39, "Alder", "US", "IL", 40_000, 41.93, -88.75));
        Assert.Equal(-GeoparserOptions.DefaultAlternateNamePenalty, Weigh(weigher, alder, county, ContextOf(alder, [alder, SlotOf("Alder County", county)])), 6);
    }

    [Fact]
    public void A_county_hint_wants_the_county_not_the_town()
    {
        // "Alder, Birch and Cedar counties": the county Alder, not a town of the name.
        var county = County(34, "Alder County", "MN", 46.9, -95.7);
        var town = Town(35, "Alder", "US", "MN", 800, 46.8, -95.8);
        var slot = SlotOf("Alder", LevelHint.County, county, town);
        var weigher = new LevelHintWeigher();

        Assert.True(Weigh(weigher, slot, county, ContextOf(slot, [slot])) > 0, "the county gains");
        Assert.True(Weigh(weigher, slot, town, ContextOf(slot, [slot])) < 0, "the town loses");
        Assert.Equal(0, Weigh(weigher, slot, county, ContextOf(slot, [slot], new GeoparserOptions { LevelHintWeight = 0 })));
    }

    [Fact]
    public void Nearby_names_favour_the_namesake_the_others_can_lie_near()
    {
        // "Alderton" beside "Birchton" and "Cedar County": only Minnesota has all three within 60 km of each other.
        var aldertonMinnesota = Town(60, "Alderton", "US", "MN", 900, 45.96, -95.60);
        var aldertonWisconsin = Town(61, "Alderton", "US", "WI", 1_900, 43.0, -89.0);
        var alderton = SlotOf("Alderton", aldertonMinnesota, aldertonWisconsin);
        var birchton = SlotOf("Birchton", Town(62, "Birchton", "US", "MN", 2_500, 45.75, -95.20), Town(63, "Birchton", "US", "GA", 70_000, 31.58, -84.16));
        var cedar = SlotOf("Cedar County", County(64, "Cedar County", "MN", 45.88, -95.38));
        var slots = new[] { alderton, birchton, cedar };
        var weigher = new NearbyNamesWeigher();

        Assert.Equal(GeoparserOptions.DefaultNearbyNamesWeight, Weigh(weigher, alderton, aldertonMinnesota, ContextOf(alderton, slots)), 6);
        Assert.Equal(0, Weigh(weigher, alderton, aldertonWisconsin, ContextOf(alderton, slots)));
        Assert.Equal(0, Weigh(weigher, alderton, aldertonMinnesota, ContextOf(alderton, slots, new GeoparserOptions { NearbyNamesWeight = 0 })));
    }

    [Fact]
    public void Nearby_names_credit_a_division_of_the_main_country_up_front_but_not_one_abroad()
    {
        // "Ohio" beside Ohio towns is the state, whose point tells nothing of nearness; "Gaza" beside "Israel" is
        // not Gaza Province, Mozambique.
        var ohioTown = Town(65, "Ohio", "US", "PA", 800, 40.5, -80.1);
        var ohio = SlotOf("Ohio", Ohio, ohioTown);
        var dublin = SlotOf("Dublin", DublinOhio);
        var columbus = SlotOf("Columbus", ColumbusOhio);
        var weigher = new NearbyNamesWeigher();
        Assert.Equal(GeoparserOptions.DefaultNearbyNamesWeight, Weigh(weigher, ohio, Ohio, ContextOf(ohio, [ohio, dublin, columbus])), 6);

        var israel = new Place { Id = 66, Name = "Israel", Level = PlaceLevel.Country, FeatureCode = "PCLI", CountryCode = "IL", Population = 9_000_000, Latitude = 31.5, Longitude = 34.75 };
        var province = Division(67, "Gaza Province", "MZ", "02", 1_400_000, -23.0, 32.7);
        var city = Town(68, "Gaza", "PS", "GZ", 410_000, 31.5, 34.47, "PPLA");
        var gaza = SlotOf("Gaza", province, city);
        Assert.Equal(0, Weigh(weigher, gaza, province, ContextOf(gaza, [gaza, SlotOf("Israel", israel)])));
    }

    [Fact]
    public void Proximity_credits_a_division_up_front_only_in_a_country_the_other_names_point_to()
    {
        // "Gaza" beside "Israel": Gaza Province, Mozambique gets no up-front proximity; "Ohio" beside Ohio towns does.
        var israel = new Place { Id = 90, Name = "Israel", Level = PlaceLevel.Country, FeatureCode = "PCLI", CountryCode = "IL", Population = 9_000_000, Latitude = 31.5, Longitude = 34.75 };
        var province = Division(91, "Gaza Province", "MZ", "02", 1_400_000, -23.0, 32.7);
        var gaza = SlotOf("Gaza", province, Town(92, "Gaza", "PS", "GZ", 410_000, 31.5, 34.47, "PPLA"));
        var ohio = SlotOf("Ohio", Ohio, Town(93, "Ohio", "US", "PA", 800, 40.5, -80.1));
        var weigher = new ProximityWeigher();

        Assert.Equal(0, Weigh(weigher, gaza, province, ContextOf(gaza, [gaza, SlotOf("Israel", israel)])));
        Assert.Equal(GeoparserOptions.DefaultProximityWeight, Weigh(weigher, ohio, Ohio, ContextOf(ohio, [ohio, SlotOf("Dublin", DublinOhio)])), 6);
    }

    [Fact]
    public void A_bare_state_name_is_not_a_county_that_lists_it_as_an_alternate()
    {
        var county = County(69, "Alderia County", "MO", 37.3, -92.0) with { AlternateNames = ["Alderia"] };
        var state = Division(70, "Alderia", "US", "AL", 4_000_000, 31.0, -99.0);
        var slot = SlotOf("Alderia", county, state);

        Assert.Equal(-GeoparserOptions.DefaultAlternateNamePenalty, Weigh(new AlternateNameWeigher(), slot, county, ContextOf(slot, [slot])), 6);
    }

    [Fact]
    public void A_state_named_in_the_article_locates_the_state_not_its_namesake_towns()
    {
        // "a California man" in a Georgia paper: California, New Jersey (a village listing the name) is no evidence
        // that "Columbus" is a New Jersey Columbus.
        var california = Division(71, "California", "US", "CA", 39_000_000, 37.2, -119.5);
        var californiaVillage = Town(72, "California", "US", "NJ", 900, 40.1, -74.7);
        var columbusNewJersey = Town(73, "Columbus", "US", "NJ", 8_700, 40.07, -74.72);
        var columbus = SlotOf("Columbus", columbusNewJersey, ColumbusGeorgia);
        var slots = new[] { columbus, SlotOf("California", california, californiaVillage) };
        var context = ContextOf(columbus, slots);

        Assert.Equal(0, context.DivisionShareOf(columbusNewJersey));
        Assert.Equal(0, context.NearbyShareOf(columbusNewJersey));
    }

    [Fact]
    public void Every_mention_of_a_name_takes_the_choice_of_its_most_decisive_mention()
    {
        // "The Alderia festival ... in Alderia, Texas": the qualified mention (the wider margin) decides for the bare
        // one; "Alderia province" is told apart by its hint.
        var country = new Place { Id = 80, Name = "Alderia", Level = PlaceLevel.Country, FeatureCode = "PCLI", CountryCode = "XA", Population = 4_000_000, Latitude = 31.9, Longitude = 35.2 };
        var town = Town(81, "Alderia", "US", "TX", 18_000, 31.76, -95.63);
        var province = Division(82, "Alderia", "XB", "01", 900_000, 10, 10);
        Slot SlotWith(LevelHint hint, params (Place Place, double Total)[] scored)
        {
            var slot = SlotOf("Alderia", hint, [.. scored.Select(s => s.Place)]);
            foreach (var (place, total) in scored) slot.Candidates.Single(c => c.Candidate.Place.Id == place.Id).Total = total;
            return slot;
        }
        var bare = SlotWith(LevelHint.None, (country, 1.0), (town, 0.9));
        var qualified = SlotWith(LevelHint.None, (town, 1.5), (country, 0.9));
        var provinceSlot = SlotWith(LevelHint.Admin, (province, 1.2), (town, 0.5));

        OneSensePerName.Apply([bare, qualified, provinceSlot]);

        Assert.Equal(town.Id, bare.Best?.Candidate.Place.Id);
        Assert.Equal(town.Id, qualified.Best?.Candidate.Place.Id);
        Assert.Equal(province.Id, provinceSlot.Best?.Candidate.Place.Id);
    }

    [Fact]
    public void A_capital_beats_the_division_of_its_name()
    {
        var capital = Town(40, "Washington", "US", "DC", 700_000, 38.9, -77.04, "PPLC");
        var state = Division(41, "Washington", "US", "WA", 7_700_000, 47.4, -120.5);
        var slot = SlotOf("Washington", capital, state);

        Assert.Equal(GeoparserOptions.DefaultCityOverDivisionWeight, Weigh(new CityOverDivisionWeigher(), slot, capital, ContextOf(slot, [slot])), 6);
        Assert.Equal(0, Weigh(new CityOverDivisionWeigher(), slot, state, ContextOf(slot, [slot])));
    }

    [Fact]
    public void A_town_named_with_the_county_it_is_the_seat_of_gains()
    {
        // "Huntsville" beside "Walker County": the Texas county's point is Huntsville, Texas; Alabama's is 130 km away.
        var huntsvilleTexas = Town(50, "Huntsville", "US", "TX", 40_000, 30.72, -95.55, "PPLA2");
        var huntsvilleAlabama = Town(51, "Huntsville", "US", "AL", 215_000, 34.73, -86.59, "PPLA2");
        var walkerTexas = County(52, "Walker County", "TX", 30.72, -95.55);
        var walkerAlabama = County(53, "Walker County", "AL", 33.83, -87.28);
        var huntsville = SlotOf("Huntsville", huntsvilleTexas, huntsvilleAlabama);
        var walker = SlotOf("Walker County", walkerTexas, walkerAlabama);
        var slots = new[] { huntsville, walker };
        var weigher = new CountySeatWeigher();

        Assert.Equal(GeoparserOptions.DefaultCountySeatWeight, Weigh(weigher, huntsville, huntsvilleTexas, ContextOf(huntsville, slots)), 6);
        Assert.Equal(0, Weigh(weigher, huntsville, huntsvilleAlabama, ContextOf(huntsville, slots)));
        Assert.Equal(GeoparserOptions.DefaultCountySeatWeight, Weigh(weigher, walker, walkerTexas, ContextOf(walker, slots)), 6);
        Assert.Equal(0, Weigh(weigher, walker, walkerTexas, ContextOf(walker, slots, new GeoparserOptions { CountySeatWeight = 0 })));
    }

    [Fact]
    public void A_state_the_article_names_favours_its_towns_but_not_over_a_state_of_the_name()
    {
        // "PARIS — ... the Kentucky legislature": the settled state holds one Paris.
        var paris = SlotOf("Paris", ParisFrance, ParisKentucky);
        var kentucky = SlotOf("Kentucky", Kentucky);
        var atlanta = SlotOf("Atlanta", AtlantaGeorgia);
        var slots = new[] { paris, kentucky, atlanta };
        var context = ContextOf(paris, slots, anchors: [kentucky]);
        var weigher = new NamedDivisionWeigher();

        Assert.Equal(GeoparserOptions.DefaultNamedDivisionWeight, Weigh(weigher, paris, ParisKentucky, context), 6);
        Assert.Equal(0, Weigh(weigher, paris, ParisFrance, context));
        // "Georgia" beside a settled "Kentucky" stays a state's or a country's name: no town of it gains.
        var georgiaTown = Town(60, "Georgia", "US", "KY", 500, 37.0, -85.0);
        var georgia = SlotOf("Georgia", GeorgiaCountry, GeorgiaState, georgiaTown);
        Assert.Equal(0, Weigh(weigher, georgia, georgiaTown, ContextOf(georgia, [georgia, kentucky, atlanta], anchors: [kentucky])));
    }
}
