using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace MapDashboard.Gazetteer.Indexing;

/// <summary>
/// Answers "which country contains this point?" with the country shapes: an R-tree of envelopes, then
/// an exact point-in-polygon test, so "is this point in Syria?" is geometry, not a guess.
/// </summary>
internal sealed class CountryLocator
{
    private readonly STRtree<(string Code, IPreparedGeometry Shape)> _tree = new();

    public CountryLocator(IReadOnlyDictionary<string, Geometry> shapes)
    {
        foreach ((string code, Geometry shape) in shapes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            _tree.Insert(shape.EnvelopeInternal, (code, PreparedGeometryFactory.Prepare(shape)));
        }
        _tree.Build();
    }

    /// <summary>The alpha-2 code of the country containing (longitude, latitude), or null.</summary>
    public string? Locate(double longitude, double latitude)
    {
        Point point = Wgs84.Point(longitude, latitude);
        foreach ((string code, IPreparedGeometry shape) in _tree.Query(point.EnvelopeInternal))
        {
            if (shape.Covers(point))
            {
                return code;
            }
        }
        return null;
    }
}
