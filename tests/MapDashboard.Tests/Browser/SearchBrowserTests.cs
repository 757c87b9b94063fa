using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The search an analyst types (OR, NOT, a phrase) and the filters panel: counts, markers and list follow, an empty
/// result says why, bad syntax says what is wrong, and every choice is in reach at 1280×800 and on a phone.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SearchBrowserTests(FiltersAppFactory app) : IClassFixture<FiltersAppFactory>
{
    /// <summary>Six dated reports (events and datelines): Raqqa ×2, Mosul ×2 (one from Agence Test), Aleppo, and Deir ez-Zor with no source.</summary>
    private const string AllShown = "6 reports dated · 5 places";

    [ChromiumFact]
    public async Task Or_and_not_change_the_count_and_the_list()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.ExpectCountAsync(AllShown);
        var search = s.Page.Locator("[data-role=search]");
        await Assertions.Expect(search).ToHaveAttributeAsync("placeholder", "Words; OR, NOT, \"a phrase\"");

        await search.FillAsync("raqqa");
        await s.ExpectCountAsync("2 reports dated · 2 places");

        // Either name: the two Raqqa reports and the two Mosul ones (Syria and Deir ez-Zor are named beside them).
        await search.FillAsync("raqqa OR mosul");
        await s.ExpectCountAsync("4 reports dated · 4 places");
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync([
            "Battle for Raqqa <script>alert(1)</script>", "Mosul offensive resumes", "Kurdish forces take a village near Mosul", "Air strikes hit Raqqa",
        ]);
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(4);
        await s.Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('q') === 'raqqa OR mosul'");
        await s.ScreenshotAsync("search-or.png");

        // Leaving out the battle: its Raqqa and Deir ez-Zor go, the other three reports stay.
        await search.FillAsync("(raqqa OR mosul) NOT battle");
        await s.ExpectCountAsync("3 reports dated · 3 places");
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync(["Mosul offensive resumes", "Kurdish forces take a village near Mosul", "Air strikes hit Raqqa"]);
        await s.ScreenshotAsync("search-not.png");

        // A phrase.
        await search.FillAsync("\"take a village\"");
        await s.ExpectCountAsync("1 report dated · 1 place");
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync(["Kurdish forces take a village near Mosul"]);
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task An_empty_result_says_why_and_bad_syntax_says_what_is_wrong()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        // Late February: the Mosul offensive only.
        await s.GotoDashboardAsync("/?from=2017-02-20&to=2017-02-28");
        await s.ExpectCountAsync("1 report dated · 2 places");
        var search = s.Page.Locator("[data-role=search]");
        var summary = s.Page.Locator("[data-role=event-list-summary]");

        // Raqqa is reported in January and March: not "zoom out", the range.
        await search.FillAsync("raqqa");
        await s.ExpectCountAsync("0 reports dated · 0 places");
        await Assertions.Expect(summary).ToHaveTextAsync("No report mentions “raqqa” in this range.");
        await s.ScreenshotAsync("search-empty-range.png");

        // Nowhere at all: no range to blame.
        await search.FillAsync("atlantis");
        await Assertions.Expect(summary).ToHaveTextAsync("No report mentions “atlantis”.");

        // A dangling OR: a message under the box, no reports, no server error.
        await search.FillAsync("raqqa OR");
        await Assertions.Expect(s.Page.Locator("[data-role=filter-problem]")).ToContainTextAsync("OR needs words on both sides");
        await s.ExpectCountAsync("No reports");
        await s.ScreenshotAsync("search-problem.png");
        await search.FillAsync("NOT raqqa");
        await Assertions.Expect(s.Page.Locator("[data-role=filter-problem]")).ToContainTextAsync("NOT needs words before it");
        await search.FillAsync("\"raqqa");
        await Assertions.Expect(s.Page.Locator("[data-role=filter-problem]")).ToContainTextAsync("A quote is not closed");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task The_panel_lists_what_has_reports_by_name_and_unknown_source_is_a_choice()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.GotoDashboardAsync();
        await s.ExpectCountAsync(AllShown);
        var countries = s.Page.Locator("[data-facet=country] .facet-label");
        // Turkey is named only as an actor ("Turkey said"), which a fresh page leaves out: no "Turkey (0)".
        await Assertions.Expect(countries).ToHaveTextAsync(["Iraq", "Syria"]);
        await s.Page.Locator("[data-facet=role] input[value=actor]").CheckAsync();
        await Assertions.Expect(countries).ToHaveTextAsync(["Iraq", "Syria", "Turkey"]);
        await s.Page.Locator("[data-facet=role] input[value=actor]").UncheckAsync();
        await Assertions.Expect(countries).ToHaveTextAsync(["Iraq", "Syria"]);

        var sources = s.Page.Locator("[data-facet=source] .facet-label");
        await Assertions.Expect(sources).ToHaveTextAsync(["Agence Test", "Test wire", "Unknown source"]);
        await Assertions.Expect(s.Page.Locator("[data-facet=source] [data-count-for='']")).ToHaveTextAsync("1");
        await s.Page.Locator("[data-facet=source] input[value='Test wire']").UncheckAsync();
        await s.Page.Locator($"[data-facet=source] input[value='{WorkflowAppFactory.OtherSource}']").UncheckAsync();
        await s.ExpectCountAsync("1 report dated · 1 place");
        await Assertions.Expect(s.ListTitles).ToHaveTextAsync([FiltersAppFactory.NoSourceTitle]);
        await s.Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('source') === '(none)'");

        // The confidence choice is in sight without scrolling the panel.
        var confidence = s.Page.Locator("[data-role=min-confidence]");
        await Assertions.Expect(confidence).ToBeInViewportAsync(new() { Ratio = 1 });
        await s.ScreenshotAsync("filters-panel.png");
        await confidence.SelectOptionAsync("0.8");
        await s.ExpectCountAsync("1 report dated · 1 place");
        await s.Page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('minConfidence') === '0.8'");
        s.AssertNoErrors();
    }

    [ChromiumFact]
    public async Task On_a_phone_the_search_and_the_confidence_choice_are_in_reach()
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress, 390, 844);
        await s.GotoDashboardAsync();
        await s.Page.Locator("[data-role=panel-toggle]").ClickAsync();
        await s.Page.Locator("[data-role=search]").FillAsync("raqqa OR mosul");
        await s.ExpectCountAsync("4 reports dated · 4 places");
        await Assertions.Expect(s.Page.Locator("[data-role=min-confidence]")).ToBeInViewportAsync(new() { Ratio = 1 });
        await s.ScreenshotAsync("search-or-phone.png");
        s.AssertNoErrors();
    }
}
