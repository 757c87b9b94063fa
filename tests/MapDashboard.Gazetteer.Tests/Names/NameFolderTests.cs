using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Tests.Names;

public class NameFolderTests
{
    [Theory]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("Cote d'Ivoire", "cote divoire")]
    [InlineData("COTE-D'IVOIRE", "cote divoire")]
    [InlineData("Deir ez-Zor", "deir ez zor")]
    [InlineData("  Deir   ez — Zor ", "deir ez zor")]
    [InlineData("Işık", "isik")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ḩamāh", "hamah")]
    [InlineData("U.S.", "us")]
    [InlineData("St. Louis", "st louis")]
    [InlineData("Izra‘", "izra")]
    [InlineData("Ţabaqah", "tabaqah")]
    public void Folds_case_diacritics_apostrophes_hyphens_and_spaces(string name, string expected) =>
        Assert.Equal(expected, NameFolder.Fold(name));

    [Fact]
    public void Keeps_other_scripts_as_lower_case_letters() =>
        Assert.Equal("الرقة", NameFolder.Fold("الرقة"));

    [Fact]
    public void Is_empty_without_letters() => Assert.Equal("", NameFolder.Fold(" -'. "));
}
