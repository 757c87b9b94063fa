using MapDashboard.Data.Model;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Importing;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Corrections;

/// <summary>
/// What a user says a mention is: a gazetteer place, a point of their own, or not a place.
/// Coordinates are WGS 84 degrees, latitude and longitude named.
/// </summary>
public sealed record Correction(OverrideKind Kind, long? PlaceId, string? Name, string? CountryCode, PlaceLevel? Level, double? Latitude, double? Longitude)
{
    /// <summary>The mention is this gazetteer place.</summary>
    public static Correction ToPlace(Place place) =>
        new(OverrideKind.Place, place.Id, place.Name, NullIfEmpty(place.CountryCode), place.Level, place.Latitude, place.Longitude);

    /// <summary>
    /// The mention is a point the user gives; its id is the one <c>gazetteer import</c> would give the same
    /// name and coordinates, so a later "always" entry in the user gazetteer is the same place.
    /// </summary>
    public static Correction ToPoint(string name, double latitude, double longitude, string? countryCode, PlaceLevel level) =>
        new(OverrideKind.Point, CustomPlacesImporter.IdOf(name, latitude, longitude), name, NullIfEmpty(countryCode?.ToUpperInvariant()), level,
            Math.Round(latitude, 5), Math.Round(longitude, 5));

    /// <summary>The mention is not a place.</summary>
    public static Correction NotAPlace { get; } = new(OverrideKind.NotAPlace, null, null, null, null, null, null);

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}

/// <summary>A mention as the correction page shows it: its sentence, its current place and the other candidates' ids.</summary>
public sealed record MentionToCorrect(
    long Id,
    long ArticleId,
    string ArticleTitle,
    string Text,
    string Sentence,
    int HighlightStart,
    long? PlaceId,
    string? PlaceName,
    string? CountryCode,
    PlaceLevel? Level,
    double? Latitude,
    double? Longitude,
    MentionReview Review,
    IReadOnlyList<long> AlternativeIds);

/// <summary>How sure one mention's placement is: the resolver's confidence, the review, the other candidates' ids (best first).</summary>
public sealed record MentionPlacement(double Confidence, MentionReview Review, IReadOnlyList<long> AlternativeIds);

/// <summary>
/// Applies a user's correction to a mention and stores it as a <see cref="MentionOverride"/> (keyed by the
/// article's content hash and the span), so re-ingesting the article applies it again.
/// </summary>
public sealed class MentionCorrector(MapDashboardDbContext db, TimeProvider? clock = null, Index.EventIndexChanges? indexChanges = null)
{
    /// <summary>The evidence a corrected mention carries.</summary>
    public const string CorrectedEvidence = "corrected by user";

    /// <summary>The evidence a dismissed mention carries.</summary>
    public const string DismissedEvidence = "dismissed by user: not a place";

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The mention with its context, or null when the id is unknown.</summary>
    public async Task<MentionToCorrect?> GetAsync(long mentionId, CancellationToken cancellationToken = default)
    {
        var m = await db.Mentions.Include(x => x.Article).AsNoTracking().SingleOrDefaultAsync(x => x.Id == mentionId, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var text = m.Article!.Text;
        var start = Math.Clamp(m.SentenceStart, 0, text.Length);
        var length = Math.Clamp(m.SentenceLength, 0, text.Length - start);
        if (length == 0 || m.Start < start || m.Start + m.Length > start + length)
        {
            (start, length) = (m.Start, m.Length);
        }

        return new MentionToCorrect(m.Id, m.ArticleId, m.Article.Title, m.Text, text.Substring(start, length), m.Start - start,
            m.PlaceId, m.PlaceName, m.CountryCode, m.Level, m.Latitude, m.Longitude, m.Review, AlternativeIds(m.Alternatives));
    }

    /// <summary>
    /// How sure the placement of each mention is, for a popup's page of reports: the confidence, whether a user
    /// has corrected or confirmed it, and the other candidates' ids. Unknown ids are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, MentionPlacement>> GetPlacementsAsync(IReadOnlyCollection<long> mentionIds,
        CancellationToken cancellationToken = default)
    {
        var placements = new Dictionary<long, MentionPlacement>();
        if (mentionIds.Count == 0)
        {
            return placements;
        }

        // Every popup page asks this: one plain query, not a LINQ query through EF's pipeline, which cost the popup
        // about half of its CPU under dashboard-bench at a million events.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // Ids are longs from the index, never user text: inlined rather than one parameter each.
            command.CommandText = "SELECT \"Id\", \"Confidence\", \"Review\", \"Alternatives\" FROM \"Mentions\" " +
                $"WHERE \"Id\" IN ({string.Join(',', mentionIds)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // Review is stored by name (MentionConfiguration: HasConversion<string>).
                placements[reader.GetInt64(0)] = new MentionPlacement(reader.GetDouble(1), Enum.Parse<MentionReview>(reader.GetString(2)),
                    AlternativeIds(reader.GetString(3)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return placements;
    }

    private static List<long> AlternativeIds(string alternatives) =>
        [.. alternatives.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.TryParse(s, out var id) ? id : 0).Where(id => id != 0)];

    /// <summary>Applies and stores the correction; false when the mention is unknown.</summary>
    public async Task<bool> ApplyAsync(long mentionId, Correction correction, CancellationToken cancellationToken = default)
    {
        var mention = await db.Mentions.Include(m => m.Article).SingleOrDefaultAsync(m => m.Id == mentionId, cancellationToken);
        if (mention is null)
        {
            return false;
        }

        var hash = mention.Article!.ContentHash;
        var stored = await db.MentionOverrides.SingleOrDefaultAsync(
            o => o.ArticleHash == hash && o.Start == mention.Start && o.Length == mention.Length, cancellationToken);
        if (stored is null)
        {
            stored = new MentionOverride { ArticleHash = hash, Start = mention.Start, Length = mention.Length };
            db.MentionOverrides.Add(stored);
        }

        stored.Kind = correction.Kind;
        stored.PlaceId = correction.PlaceId;
        stored.PlaceName = correction.Name;
        stored.CountryCode = correction.CountryCode;
        stored.Level = correction.Level;
        stored.Latitude = correction.Latitude;
        stored.Longitude = correction.Longitude;
        stored.CreatedAtUtc = _clock.GetUtcNow().UtcDateTime;
        Apply(mention, stored);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        // The map's in-memory index re-reads this article's events on its next read, here and in other instances.
        indexChanges?.ArticleChanged(mention.ArticleId);
        await Postgres.PostgresStoreChanges.ArticleChangedAsync(db, mention.ArticleId, CancellationToken.None);
        return true;
    }

    /// <summary>Sets the mention's place, point, level, country, confidence and evidence from an override.</summary>
    public static void Apply(Mention mention, MentionOverride o)
    {
        if (o.Kind == OverrideKind.NotAPlace || o.PlaceId is null || o.Latitude is null || o.Longitude is null)
        {
            mention.PlaceId = null;
            mention.PlaceName = null;
            mention.CountryCode = null;
            mention.Level = null;
            mention.Location = null;
            mention.Longitude = null;
            mention.Latitude = null;
            mention.Confidence = 1.0;
            mention.Evidence = DismissedEvidence;
            mention.Review = MentionReview.Dismissed;
            return;
        }

        mention.PlaceId = o.PlaceId;
        mention.PlaceName = o.PlaceName;
        mention.CountryCode = o.CountryCode;
        mention.Level = o.Level;
        mention.Location = Wgs84.CreatePoint(new Coordinate(o.Longitude.Value, o.Latitude.Value));
        mention.Longitude = o.Longitude;
        mention.Latitude = o.Latitude;
        mention.Confidence = 1.0;
        mention.Evidence = CorrectedEvidence;
        mention.Review = MentionReview.Corrected;
    }
}
