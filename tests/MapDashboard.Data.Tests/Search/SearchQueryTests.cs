using MapDashboard.Data.Postgres;
using MapDashboard.Data.Search;
using MapDashboard.Data.Sqlite;

namespace MapDashboard.Data.Tests.Search;

/// <summary>The search syntax and what each provider is sent for it (the answers on both: SearchAndFiltersTests).</summary>
public sealed class SearchQueryTests
{
    private static SearchQuery Q(string text) =>
        SearchQuery.TryParse(text, out var query, out var error) ? query! : throw new ArgumentException(error);

    [Theory]
    [InlineData("raqqa mosul", "(\"raqqa\" \"mosul\")")]
    [InlineData("raqqa AND mosul", "(\"raqqa\" \"mosul\")")]
    [InlineData("raqqa OR mosul", "(\"raqqa\" OR \"mosul\")")]
    [InlineData("raqqa NOT mosul", "(\"raqqa\" NOT \"mosul\")")]
    [InlineData("raqqa AND NOT mosul", "(\"raqqa\" NOT \"mosul\")")]
    [InlineData("a b OR c", "((\"a\" \"b\") OR \"c\")")]                      // side by side binds before OR
    [InlineData("a OR b NOT c", "(\"a\" OR (\"b\" NOT \"c\"))")]              // NOT takes the term after it
    [InlineData("(a OR b) NOT c", "((\"a\" OR \"b\") NOT \"c\")")]
    [InlineData("\"reported in Mosul\" OR offen*", "(\"reported in Mosul\" OR \"offen\"*)")]
    [InlineData("Tell-Abyad", "\"Tell Abyad\"")]                                // the phrase of its parts, as the tokenizer splits it
    [InlineData("raqqa or mosul", "(\"raqqa\" \"or\" \"mosul\")")]            // lower-case: words to find
    public void TheSyntaxReadsAsAnAnalystMeansIt(string text, string key) => Assert.Equal(key, Q(text).Key);

    [Theory]
    [InlineData("raqqa OR", "OR needs words on both sides")]
    [InlineData("OR raqqa", "OR needs words on both sides")]
    [InlineData("raqqa OR OR mosul", "OR needs words on both sides")]
    [InlineData("raqqa AND", "AND needs words on both sides")]
    [InlineData("NOT raqqa", "NOT needs words before it")]
    [InlineData("raqqa OR NOT mosul", "NOT needs words before it")]
    [InlineData("raqqa NOT", "NOT needs a word or phrase after it")]
    [InlineData("\"reported in", "A quote is not closed")]
    [InlineData("(raqqa OR mosul", "A “(” is not closed")]
    [InlineData("raqqa) mosul", "A “)” closes nothing")]
    [InlineData("raqqa ()", "holds no words")]
    [InlineData("NOT", "no words to search for")]
    [InlineData("\"\" -- *", "no words to search for")]
    public void BadSyntaxIsAMessageThatSaysWhatIsWrong(string text, string message)
    {
        Assert.False(SearchQuery.TryParse(text, out var query, out var error));
        Assert.Null(query);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverlongSearchIsRefused() =>
        Assert.False(SearchQuery.TryParse(new string('a', SearchQuery.MaxLength + 1), out _, out _));

    [Theory]
    [InlineData("raqqa", "\"raqqa\"")]
    [InlineData("raqqa mosul", "(\"raqqa\" AND \"mosul\")")]
    [InlineData("raqqa OR mosul", "(\"raqqa\" OR \"mosul\")")]
    [InlineData("a b NOT c NOT \"d e\"", "(\"a\" AND \"b\") NOT (\"c\" OR \"d e\")")]  // FTS5's NOT is binary
    [InlineData("offen*", "\"offen\" *")]
    [InlineData("NEAR(a) \"b\"\"c\"", "(\"NEAR\" AND \"a\" AND \"b\" AND \"c\")")]   // FTS5 syntax in the text is words
    public void SqliteIsSentAnFts5Expression(string text, string match) =>
        Assert.Equal(match, SqliteArticleSearch.ToMatchExpression(Q(text)));

    [Theory]
    [InlineData("raqqa", "('raqqa')")]
    [InlineData("raqqa OR mosul", "(('raqqa') | ('mosul'))")]
    [InlineData("a b NOT c NOT \"d e\"", "(('a') & ('b')) & !(('c') | ('d' <-> 'e'))")]
    [InlineData("\"reported in\" offen*", "(('reported' <-> 'in') & ('offen':*))")]
    [InlineData("o'brien", "('o' <-> 'brien')")]                                  // a quote in the text is no tsquery quote
    public void PostgresIsSentATsQuery(string text, string tsquery) =>
        Assert.Equal(tsquery, PostgresArticleSearch.ToTsQuery(Q(text)));
}
