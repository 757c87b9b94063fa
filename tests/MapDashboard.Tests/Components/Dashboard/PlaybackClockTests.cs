using MapDashboard.Components.Dashboard;

namespace MapDashboard.Tests.Components.Dashboard;

public class PlaybackClockTests
{
    private static readonly TimeAxis March = new(new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 31));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Plays to the end at high speed and returns the windows shown.</summary>
    private static async Task<List<(DateOnly From, DateOnly To)>> PlayAsync(PlaybackClock clock, DateOnly? from = null, DateOnly? to = null,
        Func<DateOnly, DateOnly?>? firstReported = null)
    {
        var windows = new List<(DateOnly, DateOnly)>();
        var stopped = new TaskCompletionSource();
        await clock.PlayAsync(March, from, to, (f, t) => { windows.Add((f, t)); return Task.CompletedTask; },
            () => { stopped.TrySetResult(); return Task.CompletedTask; }, firstReported);
        await stopped.Task.WaitAsync(Patience);
        return windows;
    }

    [Fact]
    public async Task A_window_steps_a_seventh_of_itself_to_the_end_of_the_axis_then_stops()
    {
        var clock = new PlaybackClock { WindowDays = 14, Speed = 100 };

        var windows = await PlayAsync(clock);

        Assert.Equal((new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 14)), windows[0]);
        Assert.Equal((new DateOnly(2017, 3, 3), new DateOnly(2017, 3, 16)), windows[1]);
        Assert.Equal((new DateOnly(2017, 3, 18), new DateOnly(2017, 3, 31)), windows[^1]);
        Assert.All(windows, w => Assert.Equal(13, w.To.DayNumber - w.From.DayNumber));
        Assert.False(clock.Playing);
    }

    [Fact]
    public async Task Play_starts_at_the_chosen_range_when_there_is_room_after_it()
    {
        var clock = new PlaybackClock { WindowDays = 7, Speed = 100 };

        var fromRange = await PlayAsync(clock, new DateOnly(2017, 3, 20), new DateOnly(2017, 3, 22));
        var atEnd = await PlayAsync(clock, new DateOnly(2017, 3, 20), new DateOnly(2017, 3, 31));

        Assert.Equal(new DateOnly(2017, 3, 20), fromRange[0].From);
        Assert.Equal(new DateOnly(2017, 3, 1), atEnd[0].From);
    }

    [Fact]
    public async Task A_window_wider_than_the_axis_shows_the_whole_axis_once()
    {
        var clock = new PlaybackClock { WindowDays = 365, Speed = 100 };

        var windows = await PlayAsync(clock);

        Assert.Equal([(March.First, March.Last)], windows);
    }

    [Fact]
    public async Task Stop_ends_the_play_at_the_window_shown()
    {
        // Four ticks a second at 4×: a play that went on would step several times in the wait below.
        var clock = new PlaybackClock { WindowDays = 7, Speed = 4 };
        var steps = 0;
        var first = new TaskCompletionSource();

        await clock.PlayAsync(March, null, null, (_, _) => { Interlocked.Increment(ref steps); first.TrySetResult(); return Task.CompletedTask; },
            () => Task.CompletedTask);
        await first.Task.WaitAsync(Patience);
        Assert.True(clock.Playing);
        clock.Stop();
        var atStop = Volatile.Read(ref steps);
        await Task.Delay(400);

        Assert.False(clock.Playing);
        Assert.Equal(atStop, Volatile.Read(ref steps));
    }

    [Fact]
    public async Task A_stretch_with_no_reports_is_skipped_and_after_the_last_report_play_ends_on_the_last_window()
    {
        var clock = new PlaybackClock { WindowDays = 7, Speed = 100 };
        // Reports on 2 March and on 20-21 March only.
        DateOnly[] reported = [new(2017, 3, 2), new(2017, 3, 20), new(2017, 3, 21)];

        var windows = await PlayAsync(clock, firstReported: d => reported.Where(r => r >= d).Select(r => (DateOnly?)r).FirstOrDefault());

        Assert.Equal((new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 7)), windows[0]);
        // No window lies wholly between the two stretches.
        Assert.DoesNotContain(windows, w => w.From > new DateOnly(2017, 3, 2) && w.To < new DateOnly(2017, 3, 20));
        Assert.Contains(windows, w => w.From == new DateOnly(2017, 3, 20));
        Assert.All(windows.SkipLast(1), w => Assert.Contains(reported, r => r >= w.From && r <= w.To));
        Assert.Equal((new DateOnly(2017, 3, 25), new DateOnly(2017, 3, 31)), windows[^1]);
    }
}
