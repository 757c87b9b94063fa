using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MapDashboard.Benchmarks.Dashboard;

/// <summary>
/// The dashboard as a user runs it: <c>dotnet MapDashboard.dll --data DIR --urls http://127.0.0.1:PORT</c> in a child
/// process on a free loopback port, seeds off (the store holds only what the bench put there). Reads the child's memory
/// and CPU time from <c>/proc</c> (Linux): what the server costs, apart from the bench's own clients on the same cores.
/// Disposing kills it.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the server listens, with a trailing slash.</summary>
    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>
    /// Starts the app at <paramref name="appDll"/> against <paramref name="dataDirectory"/>, with <paramref name="settings"/>
    /// (e.g. <c>--Database:Provider postgres --ConnectionStrings:MapDashboard ...</c>) after its own; its output
    /// (warnings and errors) goes to the bench's standard error.
    /// </summary>
    public static ServerProcess Start(string appDll, string dataDirectory, params IEnumerable<string> settings)
    {
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
        };
        foreach (var argument in (string[])
        [
            appDll, "--data", dataDirectory, "--urls", address.ToString().TrimEnd('/'),
            "--Seeds:Enabled", "false", "--Logging:LogLevel:Default", "Warning", .. settings,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start dotnet {appDll}");
        // Logged at Warning and above only (below): what the server logs is a failure worth seeing.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"server: {e.Data}");
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"server: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, address);
    }

    /// <summary>How long the app may take to start: a 1M-event index loads in seconds, on a busy machine in minutes.</summary>
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(10);

    /// <summary>A client of this server (through <paramref name="handler"/> when given), with a timeout long enough for a whole-corpus export.</summary>
    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>Polls <c>/api/summary</c> until it answers 200 (the index is loaded then); returns how long that took.</summary>
    public Task<TimeSpan> WaitUntilReadyAsync(HttpClient client) => WaitUntilReadyAsync(client, "api/summary", ReadyTimeout);

    private async Task<TimeSpan> WaitUntilReadyAsync(HttpClient client, string readyPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {_process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, readyPath));
                if (response.IsSuccessStatusCode)
                {
                    return clock.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the server was not ready within {timeout.TotalSeconds:0} s");
    }

    /// <summary>Resident memory now (VmRSS) and its peak since the start (VmHWM), in bytes.</summary>
    public (long Rss, long Peak) Memory()
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }

        return (rss, peak);
    }

    /// <summary>CPU time the server has used, user and system (utime + stime of <c>/proc/PID/stat</c>).</summary>
    public TimeSpan CpuTime() => ProcessCpu.Read(_process.Id).Own;

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }

        _process.Dispose();
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
