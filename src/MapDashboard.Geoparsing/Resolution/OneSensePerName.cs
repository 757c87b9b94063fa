namespace MapDashboard.Geoparsing.Resolution;

/// <summary>
/// "The Palestine Old Time Music Festival ... in Palestine, Texas": an article means one place by one name, and
/// the mention whose evidence is the most decisive (here the qualifier's) says which: the mentions of a name with
/// the same level hint take the choice of the one with the widest margin. "Homs province" and "Homs" stay apart.
/// </summary>
internal static class OneSensePerName
{
    /// <summary>Moves each name's chosen place to the front of its mentions' candidates (after scoring).</summary>
    public static void Apply(List<Slot> slots)
    {
        foreach (var group in slots.Where(s => s.Candidates.Count > 1).GroupBy(s => (ArticleContext.NameOf(s), s.Mention.Hint)))
        {
            if (group.Select(s => s.Best!.Candidate.Place.Id).Distinct().Count() < 2) continue;
            var chosen = group.MaxBy(s => s.Confidence)!.Best!.Candidate.Place.Id;
            foreach (var slot in group)
            {
                var i = slot.Candidates.FindIndex(c => c.Candidate.Place.Id == chosen);
                if (i <= 0) continue;
                var sc = slot.Candidates[i];
                slot.Candidates.RemoveAt(i);
                slot.Candidates.Insert(0, sc);
            }
        }
    }
}
