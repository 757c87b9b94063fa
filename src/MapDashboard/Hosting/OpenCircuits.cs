using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MapDashboard.Hosting;

/// <summary>
/// How many interactive pages (Blazor circuits) this instance holds open now, shown on the status page. A closed
/// tab tells the server at once (the client's disconnect beacon), so its circuit and its memory go with it; a
/// dropped network keeps it for the framework's retention period, so a reconnect can resume it.
/// </summary>
public sealed class OpenCircuits : CircuitHandler
{
    private int _open;

    public int Count => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}
