using MapDashboard.Data.Queries;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Data.Index;

/// <summary>
/// The running totals of one marker: a place, or the places of one clustering cell. Role is the most frequent
/// among its events (ties to the earlier role: event before dateline before actor before adjectival); Confidence
/// is the mean over its events.
/// </summary>
internal sealed class MarkerGroup(int firstPlace)
{
    private readonly int[] _roles = new int[4];
    private double _confidence, _latitude, _longitude;
    private int _lastArticle = -1;

    public int FirstPlace { get; } = firstPlace;
    public int Places { get; set; }
    public int Events { get; private set; }
    public int Reports { get; private set; }
    public double MinLat { get; set; } = double.MaxValue;
    public double MinLon { get; set; } = double.MaxValue;
    public double MaxLat { get; set; } = double.MinValue;
    public double MaxLon { get; set; } = double.MinValue;

    public void AddPlace(IndexedPlace place)
    {
        Places++;
        MinLat = Math.Min(MinLat, place.Latitude);
        MaxLat = Math.Max(MaxLat, place.Latitude);
        MinLon = Math.Min(MinLon, place.Longitude);
        MaxLon = Math.Max(MaxLon, place.Longitude);
    }

    /// <summary>Adds one event (rows come in article order) of a place at (<paramref name="latitude"/>, <paramref name="longitude"/>), degrees.</summary>
    public void Add(int article, int role, double confidence, double latitude, double longitude)
    {
        Events++;
        if (_lastArticle != article)
        {
            _lastArticle = article;
            Reports++;
        }

        _roles[role]++;
        _confidence += confidence;
        _latitude += latitude;
        _longitude += longitude;
    }

    public MapMarker ToMarker(EventIndexSnapshot s)
    {
        var role = (MentionRole)Array.IndexOf(_roles, _roles.Max());
        if (Places == 1)
        {
            var p = s.Places[FirstPlace];
            return new MapMarker(p.Latitude, p.Longitude, Reports, Events, 1, p.Id, p.Name, p.Country, p.Level, role,
                _confidence / Events, null);
        }

        // A cluster sits at the event-weighted mean of its places' coordinates (the cell is small: no wrap-around).
        return new MapMarker(_latitude / Events, _longitude / Events, Reports, Events, Places, null, null, null, null, role,
            _confidence / Events, new BoundingBox(MinLon, MinLat, MaxLon, MaxLat));
    }
}
