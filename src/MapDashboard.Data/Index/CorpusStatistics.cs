namespace MapDashboard.Data.Index;

/// <summary>Unfiltered totals of a snapshot: the summary, and the day span that bounds histogram tables.</summary>
internal sealed record CorpusStatistics(int Reports, int DatedEvents, int UndatedEvents, int FirstDay, int LastDay, int LastStartDay,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Countries)
{
    public static CorpusStatistics Of(EventIndexSnapshot s)
    {
        int reports = 0, dated = 0, undated = 0, lastArticle = -1;
        int firstDay = int.MaxValue, lastDay = int.MinValue, lastStart = int.MinValue;
        var sourceSeen = new bool[s.SourceCount];
        var placeSeen = new bool[s.PlaceCount];
        for (var r = 0; r < s.RowCount; r++)
        {
            ref readonly var row = ref s.Rows[r];
            if (row.Article != lastArticle)
            {
                lastArticle = row.Article;
                reports++;
                sourceSeen[s.Articles[row.Article].Source] = true;
            }

            placeSeen[row.Place] = true;
            if (!row.IsDated)
            {
                undated++;
                continue;
            }

            dated++;
            firstDay = Math.Min(firstDay, row.DayStart);
            lastDay = Math.Max(lastDay, Math.Max(row.DayEnd, row.DayStart));
            lastStart = Math.Max(lastStart, row.DayStart);
        }

        var sources = Enumerable.Range(0, s.SourceCount).Where(i => sourceSeen[i]).Select(i => s.Sources[i])
            .Order(StringComparer.Ordinal).ToList();
        var countries = Enumerable.Range(0, s.PlaceCount).Where(p => placeSeen[p]).Select(p => s.Places[p].Country)
            .OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CorpusStatistics(reports, dated, undated, firstDay, lastDay, lastStart, sources, countries);
    }
}
