using Marrakesh.Platform.Data;
using Npgsql;

namespace Marrakesh.Platform.Freshness;

/// <summary>
/// Learns of the generations other processes move on — another server, a CLI import — and tells this one's caches
/// (<see cref="CacheGenerations"/>). On PostgreSQL it listens for the writers' notifications and reads the generations as
/// one arrives, and every two seconds anyway (a notification sent while the connection was down is lost); on SQLite it
/// reads them every <c>MARRAKESH_FRESHNESS_POLL_MS</c> (500 by default): one small indexed read, no notification exists.
/// </summary>
internal sealed class FreshnessListener(CacheGenerations generations, DatabaseSettings settings, IConfiguration configuration, ILogger<FreshnessListener> logger)
    : BackgroundService
{
    public const string PollVariable = "MARRAKESH_FRESHNESS_POLL_MS";
    private static readonly TimeSpan PostgresFallback = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (settings.Provider == DatabaseProvider.Postgres)
                {
                    await ListenAsync(stoppingToken);
                }
                else
                {
                    await PollAsync(TimeSpan.FromMilliseconds(configuration.GetValue(PollVariable, 500)), stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Watching the cache generations failed; trying again");
                await Task.Delay(AfterFailure, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Its own connection, outside the pool: it stays open, waiting, for as long as the server runs.
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, KeepAlive = 30 };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {CacheGenerations.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        while (true)
        {
            // After LISTEN, so nothing committed between the read and the first wait goes unnoticed.
            await generations.ReadAsync(connection, stoppingToken);
            await connection.WaitAsync(PostgresFallback, stoppingToken);
        }
    }

    private async Task PollAsync(TimeSpan every, CancellationToken stoppingToken)
    {
        await using var connection = await DatabaseConnections.OpenAsync(settings, stoppingToken);
        using var timer = new PeriodicTimer(every);
        do
        {
            await generations.ReadAsync(connection, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
