using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MapDashboard.Data.Tests;
using MapDashboard.Hosting;
using MapDashboard.Tests.Pages;
using Microsoft.Playwright;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// Two app instances on one PostgreSQL database behind nginx (<c>deploy/nginx/mapdashboard.conf</c>): each browser
/// is pinned to one instance by its route cookie, antiforgery tokens made by one instance are good at the other,
/// and a report imported through one instance is announced live on a dashboard served by the other.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TwoInstancesBrowserTests : IAsyncLifetime
{
    private const string RouteCookie = "mapdashboard_route";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mapdashboard-two", Guid.NewGuid().ToString("n"));
    private readonly Dictionary<string, AppProcess> _instances = [];
    private string? _database;
    private NginxProxy? _proxy;

    public async Task InitializeAsync()
    {
        if (TwoInstancesFactAttribute.SkipReason is not null)
        {
            return;
        }

        _database = await TestPostgres.CreateDatabaseAsync();
        // One after the other: the first migrates the new database.
        foreach (var name in new[] { "a", "b" })
        {
            _instances[name] = await AppProcess.StartAsync(AppProcess.FreePort(), Path.Combine(_folder, name),
                "--Database:Provider=postgres", $"--ConnectionStrings:MapDashboard={_database}", "--Seeds:Enabled=false", $"--{InstanceName.Key}={name}");
        }

        _proxy = await NginxProxy.StartAsync(AppProcess.FreePort(), [.. _instances.Values.Select(i => i.Address.Port)]);
    }

    [TwoInstancesFact]
    public async Task A_report_imported_through_one_instance_appears_live_on_a_dashboard_the_other_serves()
    {
        // Sticky: one route cookie always reaches the same instance, and route cookies spread over both.
        var routes = new Dictionary<string, string>();
        using (var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _proxy!.Address })
        {
            for (var i = 0; i < 16; i++)
            {
                var route = $"browser-{i}";
                var answers = new HashSet<string>();
                for (var n = 0; n < 3; n++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/status");
                    request.Headers.Add("Cookie", $"{RouteCookie}={route}");
                    using var response = await http.SendAsync(request);
                    response.EnsureSuccessStatusCode();
                    answers.Add(response.Headers.GetValues(InstanceName.Header).Single());
                }

                routes[route] = Assert.Single(answers);
            }

            // A new browser (no cookie) is given one.
            using var first = await http.GetAsync(new Uri("/status", UriKind.Relative));
            Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RouteCookie + "=", StringComparison.Ordinal));
        }

        Assert.Equal(["a", "b"], routes.Values.Distinct().Order(StringComparer.Ordinal));

        // The dashboard through nginx, pinned to b.
        await using var s = await BrowserSession.OpenAsync(_proxy.Address);
        await s.Page.Context.AddCookiesAsync([new() { Name = RouteCookie, Value = routes.First(r => r.Value == "b").Key, Url = _proxy.Address.ToString() }]);
        var page = await s.Page.GotoAsync("/?lat=36&lon=41&zoom=6");
        Assert.Equal("b", await page!.HeaderValueAsync(InstanceName.Header));
        await s.WaitUntilReadyAsync();

        // Imported through a, with the antiforgery token b's import page made (one key ring in the database).
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(cookies) { BaseAddress = _instances["b"].Address, Timeout = TimeSpan.FromMinutes(2) };
        var (token, _) = await ImportPageTests.TokenAsync(client);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Fighting near Mosul\n\nFighting resumed near Mosul on 6 March 2017, officials said.\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", "mosul-front.txt");
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(_instances["a"].Address, "/api/import")) { Content = form };
        post.Headers.Add("RequestVerificationToken", token);
        using var imported = await client.SendAsync(post);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        Assert.Equal("a", imported.Headers.GetValues(InstanceName.Header).Single());
        using var outcome = JsonDocument.Parse(await imported.Content.ReadAsStringAsync());
        Assert.Equal(1, outcome.RootElement[0].GetProperty("articles").GetInt32());

        var announce = s.Page.Locator("[data-role=new-reports]");
        await Assertions.Expect(announce).ToHaveTextAsync("1 new report: show", new() { Timeout = 5_000 });
        await s.ScreenshotAsync("two-instances-announced.png");
        await announce.ClickAsync();
        await Assertions.Expect(s.ListTitles.Filter(new() { HasText = "Fighting near Mosul" })).ToHaveCountAsync(1);
        await Assertions.Expect(s.DatedMarkers).ToHaveCountAsync(1);
        Assert.Contains("zoom=6", s.Page.Url, StringComparison.Ordinal);
        s.AssertNoErrors();
    }

    public async Task DisposeAsync()
    {
        _proxy?.Dispose();
        foreach (var instance in _instances.Values)
        {
            instance.Dispose();
        }

        if (_database is not null)
        {
            await TestPostgres.DropDatabaseAsync(_database);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}

/// <summary>Needs Chromium, nginx and the test PostgreSQL: skipped with the reason without them, run (and failing) under CI=true.</summary>
public sealed class TwoInstancesFactAttribute : FactAttribute
{
    public static string? SkipReason =>
        new ChromiumFactAttribute().Skip ?? TestPostgres.SkipReason ?? (File.Exists(NginxProxy.ExecutablePath) || ContinuousIntegration.IsOn
            ? null : $"nginx is not installed at {NginxProxy.ExecutablePath} (apt-get install -y nginx); this test runs on CI.");

    public TwoInstancesFactAttribute()
    {
        Skip = SkipReason;
    }
}
