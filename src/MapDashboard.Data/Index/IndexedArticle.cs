namespace MapDashboard.Data.Index;

/// <summary>An article in the index: its id, its source (index into the source table, 0 = none) and its first row.</summary>
internal readonly record struct IndexedArticle(long Id, int Source, int FirstRow);
