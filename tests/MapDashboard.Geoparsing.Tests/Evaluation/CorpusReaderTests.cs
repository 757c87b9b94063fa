using System.Text;
using MapDashboard.Geoparsing.Evaluation;

namespace MapDashboard.Geoparsing.Tests.Evaluation;

public class CorpusReaderTests
{
    private static IReadOnlyList<EvalDocument> Read(string xml) => CorpusReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void GeoVirusLayout()
    {
        var doc = Assert.Single(Read("""
            <articles><article><source>https://example.org/a</source><text>Cases rose in Paris and Lyon.</text>
            <locations><location><name>Paris</name><start>14</start><end>19</end><lat>48.86</lat><lon>2.35</lon><page>x</page></location>
            <location><name>Lyon</name><start>24</start><end>28</end><lat>45.76</lat><lon>4.84</lon><page>y</page></location></locations></article></articles>
            """));

        Assert.Equal("https://example.org/a", doc.Id);
        Assert.Equal(2, doc.Toponyms.Count);
        Assert.Equal(new GoldToponym(14, 19, "Paris", 48.86, 2.35), doc.Toponyms[0]);
        Assert.Equal("Paris", doc.Text[14..19]);
    }

    [Fact]
    public void GoldOffsetsThatDriftTenCharacters_AreMovedOntoTheNearestOccurrence()
    {
        // LGL's offsets drift inside a document: "Ontario" annotated at 10..17 reads "largest" in the text.
        var doc = Assert.Single(Read("""
            <articles><article docid="1"><text>Ontario's largest city. Later, in Ontario, rain.</text><toponyms>
            <toponym><start>24</start><end>31</end><phrase>Ontario</phrase><gaztag geonameid="6093943"><name>Ontario</name><fclass>A</fclass><fcode>ADM1</fcode><lat>49.25</lat><lon>-84.5</lon></gaztag></toponym>
            </toponyms></article></articles>
            """));

        var t = Assert.Single(doc.Toponyms);
        Assert.Equal("Ontario", doc.Text[t.Start..t.End]);
        Assert.Equal(34, t.Start);
        Assert.Equal(GoldPlaceClass.Division, t.PlaceClass);
    }

    [Fact]
    public void FeatureClasses_SortGoldIntoPopulatedPlacesDivisionsCountriesAndOther()
    {
        Assert.Equal(GoldPlaceClass.PopulatedPlace, new GoldToponym(0, 1, "x", 0, 0, 1, "P", "PPL").PlaceClass);
        Assert.Equal(GoldPlaceClass.Country, new GoldToponym(0, 1, "x", 0, 0, 1, "A", "PCLI").PlaceClass);
        Assert.Equal(GoldPlaceClass.Division, new GoldToponym(0, 1, "x", 0, 0, 1, "A", "ADM2").PlaceClass);
        Assert.Equal(GoldPlaceClass.Other, new GoldToponym(0, 1, "x", 0, 0, 1, "H", "STM").PlaceClass);
        Assert.Null(new GoldToponym(0, 1, "x", 0, 0).PlaceClass);
    }

    [Fact]
    public void LglLayout_WithGeoNameIds()
    {
        var doc = Assert.Single(Read("""
            <articles><article docid="7"><text>Flooding hit Paris.</text><toponyms>
            <toponym><start>13</start><end>18</end><phrase>Paris</phrase><gaztag geonameid="2988507"><name>Paris</name><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>
            </toponyms></article></articles>
            """));

        Assert.Equal("7", doc.Id);
        var t = Assert.Single(doc.Toponyms);
        Assert.Equal(2988507, t.GeoNameId);
        Assert.Equal(48.85, t.Latitude);
    }

    [Fact]
    public void GeoWebNewsLayout()
    {
        var doc = Assert.Single(Read("""
            <articles><article><text>Storm in Texas.</text><toponyms>
            <toponym><extractedName>Texas</extractedName><type>Literal</type><start>9</start><end>14</end><latitude>31.0</latitude><longitude>-100.0</longitude></toponym>
            </toponyms></article></articles>
            """));

        var t = Assert.Single(doc.Toponyms);
        Assert.Equal("Texas", t.Name);
        Assert.Equal(-100.0, t.Longitude);
    }
}
