using Microsoft.Playwright;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>Debian's Chromium (<c>/usr/bin/chromium</c>, never downloaded), launched headless with the flags that work here.</summary>
internal static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    /// <summary>Says on standard error how to get Chromium when it is missing.</summary>
    public static bool IsMissing()
    {
        if (File.Exists(Path))
        {
            return false;
        }

        Console.Error.WriteLine($"{Path} not found (apt-get install -y chromium)");
        return true;
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = Path, Args = Args, Headless = true });
}
