using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// The app as a user runs it: its own process (<c>dotnet MapDashboard.dll</c>, the README's run command built),
/// on a loopback port and a data folder the test chooses, so it can be killed and started again on both.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>A loopback port free now (the OS picks it; released at once for the app to take).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the app and waits until <c>/status</c> answers.</summary>
    public static async Task<AppProcess> StartAsync(int port, string dataDirectory, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Process.Start(Command(["--urls", address.ToString(), "--data", dataDirectory, .. settings]))!;
        // Drained so a chatty log never fills the pipe and blocks the app.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before it answered.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/status", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
        }

        app.Dispose();
        throw new TimeoutException("The app did not answer /status within 2 minutes.");
    }

    /// <summary>The app's own executable with <paramref name="args"/> (a verb, or settings to serve), output redirected.</summary>
    public static ProcessStartInfo Command(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "MapDashboard.dll"), .. args])
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    /// <summary>Kills the app at once, as a crash or a <c>kill -9</c> would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
