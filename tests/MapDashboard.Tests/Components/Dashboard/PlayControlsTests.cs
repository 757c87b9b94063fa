using Bunit;
using MapDashboard.Components.Dashboard;

namespace MapDashboard.Tests.Components.Dashboard;

public class PlayControlsTests : BunitContext
{
    private readonly List<bool> toggled = [];
    private readonly List<object> changes = [];

    private IRenderedComponent<PlayControls> RenderControls(bool playing = false, int windowDays = 30, double speed = 1) =>
        Render<PlayControls>(p => p
            .Add(c => c.Playing, playing)
            .Add(c => c.Toggled, toggled.Add)
            .Add(c => c.WindowDays, windowDays)
            .Add(c => c.WindowDaysChanged, d => changes.Add(d))
            .Add(c => c.Speed, speed)
            .Add(c => c.SpeedChanged, x => changes.Add(x)));

    [Fact]
    public void Stopped_it_offers_play_and_a_click_asks_to_play()
    {
        var cut = RenderControls(playing: false);

        var button = cut.Find("[data-role=play]");
        Assert.Equal("Play", cut.Find("[data-role=play-text]").TextContent);
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        button.Click();

        Assert.Equal([true], toggled);
    }

    [Fact]
    public void Playing_it_offers_pause_and_a_click_asks_to_stop()
    {
        var cut = RenderControls(playing: true);

        Assert.Equal("Pause", cut.Find("[data-role=play-text]").TextContent);
        Assert.Equal("true", cut.Find("[data-role=play]").GetAttribute("aria-pressed"));
        cut.Find("[data-role=play]").Click();

        Assert.Equal([false], toggled);
    }

    [Theory]
    [InlineData("play-window", "7 days|30 days|90 days|1 year", "90", "365", 365)]
    [InlineData("play-speed", "0.5×|1×|2×|4×", "2", "0.5", 0.5)]
    public void A_choice_shows_the_current_option_and_raises_the_one_chosen(string role, string labels, string current, string choice, object raised)
    {
        var cut = RenderControls(windowDays: 90, speed: 2);

        var options = cut.FindAll($"[data-role={role}] option");
        Assert.Equal(labels.Split('|'), options.Select(o => o.TextContent));
        Assert.Equal(current, options.Single(o => o.HasAttribute("selected")).GetAttribute("value"));
        cut.Find($"[data-role={role}]").Change(choice);

        Assert.Equal([raised], changes);
    }
}
