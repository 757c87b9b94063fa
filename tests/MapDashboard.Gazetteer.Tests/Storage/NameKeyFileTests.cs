using System.Security.Cryptography;
using MapDashboard.Gazetteer.Storage;
using MapDashboard.Gazetteer.Tests.Support;

namespace MapDashboard.Gazetteer.Tests.Storage;

public class NameKeyFileTests
{
    private static void WriteBundled(string dir, IReadOnlyList<Place> places)
    {
        Directory.CreateDirectory(dir);
        string placesPath = Path.Combine(dir, GazetteerFiles.Places);
        PlaceFile.Write(placesPath, places);
        NameKeyFile.Write(Path.Combine(dir, GazetteerFiles.NameKeys), places, SHA256.HashData(File.ReadAllBytes(placesPath)));
    }

    [Fact]
    public void Precomputed_keys_index_exactly_like_folding_at_load()
    {
        using var temp = new TempDirectory();
        WriteBundled(temp.Path, FixturePlaces.All());
        IGazetteer loaded = GazetteerLoader.Load(temp.Path);
        IGazetteer folded = MapDashboard.Gazetteer.Indexing.GazetteerIndex.Create(FixturePlaces.All());

        Assert.Equal(folded.Info.NameCount, loaded.Info.NameCount);
        foreach (string name in new[] { "Paris", "Isik", "Deir Ezzor", "al-Tabaqa", "Raqqa", "Syrian" })
        {
            Assert.Equal(
                folded.Lookup(name).Select(c => (c.Place.Id, c.Match, c.Score)),
                loaded.Lookup(name).Select(c => (c.Place.Id, c.Match, c.Score)));
        }
    }

    [Fact]
    public void Keys_computed_for_another_places_file_are_ignored()
    {
        using var temp = new TempDirectory();
        WriteBundled(temp.Path, FixturePlaces.All());
        // The places file changes after the keys were written (a hand edit, a half-finished rebuild).
        List<Place> changed = [.. FixturePlaces.All().Select(p => p.Id == FixturePlaces.ParisTexas ? p with { Name = "Lutetia" } : p)];
        PlaceFile.Write(Path.Combine(temp.Path, GazetteerFiles.Places), changed);

        IGazetteer loaded = GazetteerLoader.Load(temp.Path);

        Assert.Equal(FixturePlaces.ParisTexas, loaded.Lookup("Lutetia").Single().Place.Id);
    }

    [Fact]
    public void Places_round_trip_through_the_place_file()
    {
        using var temp = new TempDirectory();
        string path = temp.File("p.bin.gz");
        PlaceFile.Write(path, FixturePlaces.All());
        List<Place> read = PlaceFile.Read(path);
        Assert.Equal(FixturePlaces.All().Select(p => (p.Id, p.Name, string.Join('|', p.AlternateNames), p.Level, p.CountryCode, p.Admin1Code, p.Population, p.Latitude, p.Longitude)),
            read.Select(p => (p.Id, p.Name, string.Join('|', p.AlternateNames), p.Level, p.CountryCode, p.Admin1Code, p.Population, p.Latitude, p.Longitude)));
    }
}
