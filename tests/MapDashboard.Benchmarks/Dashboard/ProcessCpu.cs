using System.Globalization;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>
/// CPU times of a process from <c>/proc/PID/stat</c> (Linux): its own (utime + stime) and that of its children it has
/// waited for (cutime + cstime). The second is how a bench counts processes that have exited: .NET's
/// <see cref="System.Diagnostics.Process"/> waits for the children it started, and PostgreSQL's postmaster for its
/// backends.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>USER_HZ, the unit of /proc's CPU times: 100 on every Linux the project runs on (getconf CLK_TCK).</summary>
    private const double ClockTicksPerSecond = 100;

    /// <summary>The process's own CPU time and its waited-for children's; null when it is gone or not readable.</summary>
    public static (TimeSpan Own, TimeSpan Children) Read(int pid) => TryRead(pid) ?? throw new InvalidOperationException($"no process {pid}");

    /// <summary>The CPU time of every process named <paramref name="command"/> (e.g. all of PostgreSQL's), own and waited-for children's.</summary>
    public static TimeSpan OfAllNamed(string command)
    {
        var total = TimeSpan.Zero;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) && TryRead(pid, command) is { } cpu)
            {
                total += cpu.Own + cpu.Children;
            }
        }

        return total;
    }

    private static (TimeSpan Own, TimeSpan Children)? TryRead(int pid, string? command = null)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // "PID (comm) state ...": the command name may hold spaces, so fields are counted after its closing parenthesis.
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var close = stat.LastIndexOf(')');
        if (command is not null && stat[(open + 1)..close] != command)
        {
            return null;
        }

        // After the name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (man 5 proc).
        var fields = stat[(close + 2)..].Split(' ');
        long Ticks(int field) => long.Parse(fields[field - 3], CultureInfo.InvariantCulture);
        return (Seconds(Ticks(14) + Ticks(15)), Seconds(Ticks(16) + Ticks(17)));
    }

    private static TimeSpan Seconds(long ticks) => TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
}
