namespace MapDashboard.Data.Search;

/// <summary>
/// A user's search as a tree: words (a trailing <c>*</c> matches a prefix), "quoted phrases", <c>OR</c>, <c>NOT</c>
/// and parentheses; words side by side must all occur. Parsed here (<see cref="SearchQueryParser"/>) rather than passed
/// to the engine, so no user text is ever engine syntax: each provider compiles the tree (FTS5 MATCH, tsquery) and
/// both answer alike. Bad syntax (<c>Raqqa OR</c>, a lone <c>NOT</c>, an unclosed quote) is a message for the user,
/// never an error from SQL.
/// </summary>
public sealed record SearchQuery(SearchNode Root)
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>
    /// The query as a string equal for equal queries (the records compare their lists by reference): a cache key for
    /// every provider, written in the query syntax, fully bracketed, words quoted, a prefix marked.
    /// </summary>
    public string Key => Root.Key;

    /// <summary>Parses <paramref name="text"/>; false with a message for the user when it is not a query.</summary>
    public static bool TryParse(string text, out SearchQuery? query, out string error) =>
        SearchQueryParser.TryParse(text, out query, out error);
}

/// <summary>A node of a <see cref="SearchQuery"/>.</summary>
public abstract record SearchNode
{
    /// <summary>This node in the query syntax, fully bracketed: equal for equal trees.</summary>
    public abstract string Key { get; }
}

/// <summary>One term: a word or a phrase (several words in order); <see cref="Prefix"/> when the last word is a prefix.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix) : SearchNode
{
    /// <inheritdoc />
    public override string Key =>
        "\"" + string.Join(" ", Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (Prefix ? "*" : "");
}

/// <summary>
/// Every one of <see cref="Required"/> and none of <see cref="Excluded"/> (<c>raqqa mosul NOT aleppo</c>). There is
/// always a required part: "everything except aleppo" is refused, as FTS5 refuses it.
/// </summary>
public sealed record SearchAll(IReadOnlyList<SearchNode> Required, IReadOnlyList<SearchNode> Excluded) : SearchNode
{
    /// <inheritdoc />
    public override string Key =>
        "(" + string.Join(" ", Required.Select(n => n.Key)) + string.Concat(Excluded.Select(n => " NOT " + n.Key)) + ")";
}

/// <summary>Any one of <see cref="Alternatives"/> (<c>raqqa OR mosul</c>).</summary>
public sealed record SearchAny(IReadOnlyList<SearchNode> Alternatives) : SearchNode
{
    /// <inheritdoc />
    public override string Key => "(" + string.Join(" OR ", Alternatives.Select(n => n.Key)) + ")";
}
