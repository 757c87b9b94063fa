namespace MapDashboard.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium (DESIGN.md #5, #6): skipped with a reason when
/// <see cref="ExecutablePath"/> is missing on a developer's machine, run (and so failing) when CI=true.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser binary; never downloaded.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Launch flags that work in containers without a GPU or network.</summary>
    public static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && !ContinuousIntegration.IsOn)
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium); this test runs on CI.";
        }
    }
}

/// <summary>A theory that drives Debian's Chromium: skipped or run as <see cref="ChromiumFactAttribute"/> says.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        Skip = new ChromiumFactAttribute().Skip;
    }
}
