using MapDashboard.Data.Queries;
using System.Data.Common;

namespace MapDashboard.Data.Index;

/// <summary>
/// The texts one page shows, read from the store for that page only: article titles, and for a popup the
/// sentence of each listed mention (its article's text is read for the listed reports, never for all of them).
/// </summary>
internal static class ReportTexts
{
    public static Dictionary<long, string> Titles(DbConnection connection, IReadOnlyCollection<long> articleIds)
    {
        var titles = new Dictionary<long, string>();
        if (articleIds.Count == 0)
        {
            return titles;
        }

        using var command = connection.CreateCommand();
        // Ids are longs from the index, never user text: inlined rather than one parameter each.
        command.CommandText = $"SELECT \"Id\", \"Title\" FROM \"Articles\" WHERE \"Id\" IN ({string.Join(',', articleIds)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            titles[reader.GetInt64(0)] = reader.GetString(1);
        }

        return titles;
    }

    /// <summary>The sentence (and the mention's place in it) of each mention, keyed by mention id.</summary>
    public static Dictionary<long, (string Title, string Sentence, int HighlightStart, int HighlightLength)> Sentences(
        DbConnection connection, IReadOnlyCollection<long> mentionIds)
    {
        var sentences = new Dictionary<long, (string, string, int, int)>();
        if (mentionIds.Count == 0)
        {
            return sentences;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.\"Id\", m.\"Start\", m.\"Length\", m.\"SentenceStart\", m.\"SentenceLength\", a.\"Title\", a.\"Text\" " +
            $"FROM \"Mentions\" m JOIN \"Articles\" a ON a.\"Id\" = m.\"ArticleId\" WHERE m.\"Id\" IN ({string.Join(',', mentionIds)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (mentionStart, mentionLength) = (reader.GetInt32(1), reader.GetInt32(2));
            var text = reader.GetString(6);
            // As DashboardQueries.ToReport cuts it: the recorded sentence, or the mention alone when outside it.
            var start = Math.Clamp(reader.GetInt32(3), 0, text.Length);
            var length = Math.Clamp(reader.GetInt32(4), 0, text.Length - start);
            if (length == 0 || mentionStart < start || mentionStart + mentionLength > start + length)
            {
                (start, length) = (Math.Clamp(mentionStart, 0, text.Length), Math.Clamp(mentionLength, 0, text.Length - Math.Clamp(mentionStart, 0, text.Length)));
            }

            sentences[reader.GetInt64(0)] = (reader.GetString(5), text.Substring(start, length), mentionStart - start, mentionLength);
        }

        return sentences;
    }
}
