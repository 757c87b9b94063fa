using MapDashboard.Data.Index;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MapDashboard.Data.Postgres;

/// <summary>
/// Store changes told to every app instance on one PostgreSQL database, with <c>NOTIFY</c>/<c>LISTEN</c> on one
/// channel. Without it an instance learnt of other instances' new articles only by its index's periodic check of the
/// highest article id, and never of a correction made through another instance (a correction does not move that id:
/// Aleppo corrected to the governorate through instance A stayed a city on instance B's map until B restarted).
/// Payloads: <c>added</c>, or <c>changed:ID</c> for an article whose mentions changed. On SQLite, nothing is sent.
/// </summary>
public static class PostgresStoreChanges
{
    /// <summary>The notification channel.</summary>
    public const string Channel = "mapdashboard_changes";

    /// <summary>Announces new articles; inside the storing transaction it is delivered on commit, and only then.</summary>
    public static Task ArticlesAddedAsync(MapDashboardDbContext db, CancellationToken cancellationToken) =>
        NotifyAsync(db, "added", cancellationToken);

    /// <summary>Announces that an article's mentions changed (a correction).</summary>
    public static Task ArticleChangedAsync(MapDashboardDbContext db, long articleId, CancellationToken cancellationToken) =>
        NotifyAsync(db, FormattableString.Invariant($"changed:{articleId}"), cancellationToken);

    private static async Task NotifyAsync(MapDashboardDbContext db, string payload, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
        }
    }

    /// <summary>
    /// Listens until cancelled and hands each notification to <paramref name="changes"/> (this instance's index then
    /// re-reads at its next read). A lost connection is reopened after a second; what was sent meanwhile is not
    /// known, so new articles are checked for at once (the index finds them by id).
    /// </summary>
    public static async Task ListenAsync(string connectionString, EventIndexChanges changes, Action<Exception> onError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(onError);
        // Its own connection, never pooled: LISTEN belongs to the session. Keepalives notice a dead server.
        var listening = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 }.ConnectionString;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listening);
                await connection.OpenAsync(cancellationToken);
                connection.Notification += (_, e) => Take(changes, e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                changes.ArticlesAdded();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or TimeoutException)
            {
                onError(e);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static void Take(EventIndexChanges changes, string payload)
    {
        if (payload == "added")
        {
            changes.ArticlesAdded();
        }
        else if (payload.StartsWith("changed:", StringComparison.Ordinal)
            && long.TryParse(payload.AsSpan("changed:".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            changes.ArticleChanged(id);
        }
    }
}
