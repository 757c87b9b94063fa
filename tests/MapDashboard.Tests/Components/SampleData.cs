using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using MapDashboard.Geoparsing.Recognition;

namespace MapDashboard.Tests.Components;

/// <summary>Records built by hand for component tests: one article with resolved and unresolved mentions.</summary>
internal static class SampleData
{
    public const long ArRaqqahSyria = 172955;
    public const long SyriaCountry = 163843;
    public const double RaqqaLat = 35.95283;
    public const double RaqqaLon = 39.00788;

    public const string Title = "Clashes near Raqqa";
    public const string Body =
        "Fighting in Raqqa went on. <script>alert('x')</script> was seen near Xyzzy town.\n\n"
        + "A second paragraph on Syria & its \"future\".";

    /// <summary>Title, blank line, body, as <see cref="ArticleDetail.Text"/> is built.</summary>
    public static readonly string Text = Title + "\n\n" + Body;
    public static readonly int BodyOffset = Title.Length + 2;

    public static MentionDetail Mention(long id, string name, int occurrence = 0, long? placeId = null,
        double? lat = null, double? lon = null, PlaceLevel? level = null, MentionRole role = MentionRole.Event)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(name, start + 1, StringComparison.Ordinal);
        }
        Assert.True(start >= 0, $"'{name}' #{occurrence} is in the sample text");
        return new MentionDetail(id, start, start + name.Length, name, placeId, placeId is null ? null : name,
            lat, lon, role, level, placeId is null ? null : "Syria", placeId is null ? 0 : 0.9);
    }

    /// <summary>"Raqqa" in the title and in the body (resolved), "Xyzzy" (unresolved), "Syria" (country).</summary>
    public static IReadOnlyList<MentionDetail> Mentions { get; } =
    [
        Mention(1, "Raqqa", 0, ArRaqqahSyria, RaqqaLat, RaqqaLon, PlaceLevel.City),
        Mention(2, "Raqqa", 1, ArRaqqahSyria, RaqqaLat, RaqqaLon, PlaceLevel.City),
        Mention(3, "Xyzzy"),
        Mention(4, "Syria", 0, SyriaCountry, 35.0, 38.0, PlaceLevel.Country, MentionRole.Actor),
    ];

    public static ArticleDetail Article(DateOnly? date = null, DatePrecision precision = DatePrecision.Day, string? url = null) =>
        new(42, Title, Text, BodyOffset, date ?? new DateOnly(2017, 3, 17), date is null && precision == DatePrecision.Unknown ? DatePrecision.Unknown : precision,
            "TASS", url, "000_ea4f55427d05f715.txt", Mentions);

    public static PlaceReportPage RaqqaReports(int count = 2, int? total = null)
    {
        var reports = new List<PlaceReport>
        {
            new(42, 2, "Clashes near <Raqqa>", new DateOnly(2017, 3, 17), DatePrecision.Day,
                "Fighting in Raqqa went on <b>today</b>.", 12, 5),
            new(7, 9, "Older report", new DateOnly(2017, 2, 1), DatePrecision.Month,
                "Raqqa is besieged.", 0, 5),
        };
        for (var i = reports.Count; i < count; i++)
        {
            reports.Add(new PlaceReport(100 + i, 100 + i, $"Report {i}", new DateOnly(2016, 1, 1), DatePrecision.Year, "In Raqqa.", 3, 5));
        }
        return new PlaceReportPage(ArRaqqahSyria, "Ar Raqqah", "Syria", PlaceLevel.City, RaqqaLat, RaqqaLon, total ?? reports.Count, reports);
    }
}
