using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using MapDashboard.Hosting;

namespace MapDashboard.Tests.Browser;

/// <summary>
/// Debian's nginx in front of app instances, with the repository's own site file
/// (<c>deploy/nginx/mapdashboard.conf</c>, the one the README tells users to install) with its ports replaced,
/// run as a foreground process with its files in a temp folder: no system configuration is read or changed.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    /// <summary>The nginx binary (Debian's package).</summary>
    public const string ExecutablePath = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(int listenPort, params int[] instancePorts)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mapdashboard-nginx", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var site = await File.ReadAllTextAsync(Path.Combine(AppPaths.FindRoot(), "deploy", "nginx", "mapdashboard.conf"));
        site = site.Replace("listen 127.0.0.1:8080;", Invariant($"listen 127.0.0.1:{listenPort};"), StringComparison.Ordinal)
            .Replace("    server 127.0.0.1:5001;\n    server 127.0.0.1:5002;\n",
                string.Concat(instancePorts.Select(p => Invariant($"    server 127.0.0.1:{p};\n"))), StringComparison.Ordinal);
        Assert.Contains(Invariant($"listen 127.0.0.1:{listenPort};"), site, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "mapdashboard.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/mapdashboard.conf;
            }
            """);
        var start = new ProcessStartInfo(ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, folder, new Uri(Invariant($"http://127.0.0.1:{listenPort}")));
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {log}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", listenPort);
                return proxy;
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
        }

        proxy.Dispose();
        throw new TimeoutException("nginx did not listen within 20 s.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
        catch (UnauthorizedAccessException)
        {
            // nginx's workers may own their temp folders.
        }
    }
}
