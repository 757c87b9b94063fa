using MapDashboard.Data.Corrections;
using MapDashboard.Data.Ingestion;
using MapDashboard.Data.Model;
using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;
using MapDashboard.Geoparsing.Dating;
using Microsoft.EntityFrameworkCore;
using static MapDashboard.Data.Tests.ParsedArticles;

namespace MapDashboard.Data.Tests;

public abstract class MentionCorrectorTests(DatabaseProvider provider)
{
    private static readonly FuzzyDate Mar17 = FuzzyDate.Day(new DateOnly(2017, 3, 17));

    [StoreFact]
    public async Task ACorrectionMovesTheEventAndSurvivesReingesting()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var parsed = Article("Raqqa battle", Mar17, 0, (Raqqa, Mar17));
        await new ArticleStore(db).AddAsync("a.txt", "file-1", [parsed]);
        var mentionId = await db.Mentions.Select(m => m.Id).SingleAsync();

        Assert.True(await new MentionCorrector(db).ApplyAsync(mentionId, Correction.ToPlace(Mosul)));
        var moved = await db.Mentions.AsNoTracking().SingleAsync();
        Assert.Equal(MosulIraq, moved.PlaceId);
        Assert.Equal((43.11889, 36.335), (moved.Location!.X, moved.Location.Y));
        Assert.Equal((1.0, MentionCorrector.CorrectedEvidence, MentionReview.Corrected), (moved.Confidence, moved.Evidence, moved.Review));
        Assert.Equal("IQ", moved.CountryCode);

        // The article goes and comes back (another file with the same text): the correction is applied again.
        db.Articles.RemoveRange(db.Articles);
        await db.SaveChangesAsync();
        var result = await new ArticleStore(db).AddAsync("b.txt", "file-2", [parsed]);
        Assert.Equal(1, result.EventsAdded);
        var again = await db.Mentions.AsNoTracking().SingleAsync();
        Assert.Equal((MosulIraq, MentionReview.Corrected), (again.PlaceId, again.Review));
        Assert.Equal(1, await db.MentionOverrides.CountAsync());
    }

    [StoreFact]
    public async Task APopupsPlacementsSayHowSureEachMentionIsAndWhatAUserDecided()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await new ArticleStore(db).AddAsync("a.txt", "file-1", [Article("Raqqa battle", Mar17, 0, (Raqqa, Mar17))]);
        await new ArticleStore(db).AddAsync("b.txt", "file-2", [Article("Mosul battle", Mar17, 0, (Mosul, Mar17))]);
        var (corrected, left) = (await db.Mentions.MinAsync(m => m.Id), await db.Mentions.MaxAsync(m => m.Id));
        var stored = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == left);
        Assert.True(await new MentionCorrector(db).ApplyAsync(corrected, Correction.ToPlace(Mosul)));

        var placements = await new MentionCorrector(db).GetPlacementsAsync([corrected, left, left + 100]);

        Assert.Equal([corrected, left], placements.Keys.Order());
        Assert.Equal((1.0, MentionReview.Corrected), (placements[corrected].Confidence, placements[corrected].Review));
        Assert.Equal((stored.Confidence, MentionReview.None), (placements[left].Confidence, placements[left].Review));
        Assert.Equal(stored.Alternatives, string.Join(',', placements[left].AlternativeIds));
        Assert.Empty(await new MentionCorrector(db).GetPlacementsAsync([]));
    }

    [StoreFact]
    public async Task NotAPlaceTakesTheEventOffTheMapAndKeepsTheMention()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await new ArticleStore(db).AddAsync("a.txt", "file-1", [Article("Raqqa battle", Mar17, 0, (Raqqa, Mar17))]);
        var mentionId = await db.Mentions.Select(m => m.Id).SingleAsync();

        Assert.True(await new MentionCorrector(db).ApplyAsync(mentionId, Correction.NotAPlace));
        Assert.Empty(await new ReferenceQueries(db).GetEventsAsync(new EventFilter()));
        var article = await new DashboardQueries(db).GetArticleAsync(await db.Articles.Select(a => a.Id).SingleAsync());
        Assert.Equal(MentionReview.Dismissed, Assert.Single(article!.Mentions).Review);
    }

    [StoreFact]
    public async Task AUserPointGetsTheIdTheUserGazetteerWouldGiveIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await new ArticleStore(db).AddAsync("a.txt", "file-1", [Article("Raqqa battle", Mar17, 0, (Raqqa, Mar17))]);
        var mentionId = await db.Mentions.Select(m => m.Id).SingleAsync();
        var point = Correction.ToPoint("Raqqa old city", 35.9491, 39.0203, "sy", PlaceLevel.Locality);

        Assert.True(await new MentionCorrector(db).ApplyAsync(mentionId, point));
        var e = Assert.Single(await new ReferenceQueries(db).GetEventsAsync(new EventFilter()));
        Assert.True(e.PlaceId >= 900_000_000_000);
        Assert.Equal(("Raqqa old city", "SY", 39.0203, 35.9491), (e.Place, e.Country, e.Longitude, e.Latitude));
        Assert.False(await new MentionCorrector(db).ApplyAsync(mentionId + 100, point));
    }

    [StoreFact]
    public void AlwaysWritesAUserGazetteerEntry()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mapdashboard-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var result = UserGazetteerEntries.Add(dir, "Raqqa, old city", 35.9491, 39.0203, "SY", PlaceLevel.Locality);
            Assert.Equal(1, result.EntriesWritten);
            Assert.Contains("\"Raqqa, old city\",,35.9491,39.0203,SY,locality", File.ReadAllText(Path.Combine(dir, UserGazetteerEntries.FileName)), StringComparison.Ordinal);
            var gazetteerFiles = Directory.GetFiles(dir, "*.places.bin.gz");
            Assert.Single(gazetteerFiles);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public sealed class MentionCorrectorTestsOnSqlite() : MentionCorrectorTests(DatabaseProvider.Sqlite);

[OnPostgres]
public sealed class MentionCorrectorTestsOnPostgres() : MentionCorrectorTests(DatabaseProvider.Postgres);
