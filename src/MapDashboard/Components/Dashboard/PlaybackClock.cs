namespace MapDashboard.Components.Dashboard;

/// <summary>
/// Plays the dates: a window of <see cref="WindowDays"/> days steps from the start of the axis (or of the chosen
/// range) to its end, a seventh of the window per tick, four ticks a second at 1×. Each step waits for the page
/// to draw the last one, so a slow redraw slows the play instead of piling steps up.
/// </summary>
public sealed class PlaybackClock
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private CancellationTokenSource? playing;

    public bool Playing => playing is not null;

    /// <summary>The window's width in days, both ends included.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>Ticks per second relative to 1×.</summary>
    public double Speed { get; set; } = 1;

    /// <summary>
    /// Starts playing; <paramref name="step"/> shows each window, <paramref name="stopped"/> is called at the end.
    /// <paramref name="firstReported"/> gives the first day on or after a day that has reports (null: none left):
    /// a window with none jumps ahead to it (or to the last window), so a quiet stretch does not play months of empty map.
    /// </summary>
    public Task PlayAsync(TimeAxis axis, DateOnly? from, DateOnly? to, Func<DateOnly, DateOnly, Task> step, Func<Task> stopped,
        Func<DateOnly, DateOnly?>? firstReported = null)
    {
        Stop();
        var cancel = new CancellationTokenSource();
        playing = cancel;
        // From the range's start when one is chosen and there is room after it; else from the start.
        var start = from is { } f && to is { } t && t < axis.Last ? f : axis.First;
        _ = RunAsync(axis, start, step, stopped, firstReported, cancel);
        return Task.CompletedTask;
    }

    public void Stop()
    {
        playing?.Cancel();
        playing = null;
    }

    private async Task RunAsync(TimeAxis axis, DateOnly start, Func<DateOnly, DateOnly, Task> step, Func<Task> stopped,
        Func<DateOnly, DateOnly?>? firstReported, CancellationTokenSource cancel)
    {
        try
        {
            var from = start;
            while (!cancel.IsCancellationRequested)
            {
                // Jump only past a whole empty window; with no report left, to the last window (a month-dated report
                // still shows there: the buckets know only its first day).
                var next = firstReported?.Invoke(from) ?? (firstReported is null ? from : axis.Last);
                if (next > from.AddDays(WindowDays - 1)) from = next;
                var to = from.AddDays(WindowDays - 1);
                if (to >= axis.Last)
                {
                    to = axis.Last;
                    from = to.AddDays(-(WindowDays - 1)) < axis.First ? axis.First : to.AddDays(-(WindowDays - 1));
                }
                await step(from, to);
                if (to >= axis.Last) break;
                await Task.Delay(Tick / Math.Max(0.1, Speed), cancel.Token);
                from = from.AddDays(Math.Max(1, WindowDays / 7));
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            if (playing == cancel)
            {
                playing = null;
                await stopped();
            }
        }
    }
}
