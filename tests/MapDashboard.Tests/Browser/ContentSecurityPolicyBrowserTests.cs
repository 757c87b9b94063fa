namespace MapDashboard.Tests.Browser;

/// <summary>
/// Every page works under the Content-Security-Policy (no 'unsafe-inline' script): Chromium reports no violation
/// (a <c>securitypolicyviolation</c> event, recorded from before the page's first script) and no console error.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ContentSecurityPolicyBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Recorder = "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

    [ChromiumTheory]
    [InlineData("map")]
    [InlineData("article")]
    [InlineData("/import")]
    [InlineData("/status")]
    [InlineData("/review")]
    [InlineData("/correct")]
    [InlineData("/no-such-page")]
    public async Task APageRunsUnderThePolicyWithoutViolations(string page)
    {
        await using var s = await BrowserSession.OpenAsync(app.BaseAddress);
        await s.Page.AddInitScriptAsync(Recorder);
        string? policy;
        if (page == "map")
        {
            await s.GotoDashboardAsync();
            policy = null;
        }
        else
        {
            var path = page;
            if (page is "article" or "/correct")
            {
                await s.Page.GotoAsync("/status");
                var ids = await s.Page.EvaluateAsync<long[]>("async () => { const f = (await (await fetch('/api/events')).json()).features[0]; return [f.properties.articleId, f.properties.id]; }");
                path = page == "article" ? $"/articles/{ids[0]}" : $"/mentions/{ids[1]}/correct";
            }
            var response = await s.Page.GotoAsync(path);
            policy = response is null ? null : await response.HeaderValueAsync("content-security-policy");
            await s.Page.WaitForTimeoutAsync(500);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-inline' ", policy!.Split(';').First(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)) + " ", StringComparison.Ordinal);
        }

        var violations = await s.Page.EvaluateAsync<string[]>("window.__violations");
        Assert.True(violations.Length == 0, string.Join(" | ", violations));
        if (page != "/no-such-page") s.AssertNoErrors();
    }
}
