using Marrakesh.Platform.Data;

namespace Marrakesh.Platform.Freshness;

/// <summary>
/// Makes sure that work every server would otherwise do at once (refreshing the reference data and checking the search
/// index on start) is done by one server at a time: a row in <c>platform_leases</c> names its holder until a time a
/// minute ahead, renewed every 20 seconds while the work runs and given up when it ends. A server that died holding it
/// lets the others in a minute later. Times are the machine's own, as servers share them and not a test's clock.
/// </summary>
public sealed class ScheduledWorkLease(DatabaseSettings settings, ILogger<ScheduledWorkLease> logger)
{
    public static readonly TimeSpan Term = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(250);
    private readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes the lease <paramref name="name"/> if no one else holds it; this holder may take it again.</summary>
    public async Task<bool> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await DatabaseConnections.OpenAsync(settings, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO {LeaseConfiguration.Table} ("Name", "Holder", "ExpiresAt") VALUES (@name, @holder, @until)
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAt" = excluded."ExpiresAt"
            WHERE {LeaseConfiguration.Table}."ExpiresAt" < @now OR {LeaseConfiguration.Table}."Holder" = excluded."Holder"
            """;
        var now = DateTime.UtcNow;
        command.Add("name", name);
        command.Add("holder", holder);
        command.Add("until", now + Term);
        command.Add("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Gives the lease up, if this holder has it.</summary>
    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await DatabaseConnections.OpenAsync(settings, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""DELETE FROM {LeaseConfiguration.Table} WHERE "Name" = @name AND "Holder" = @holder""";
        command.Add("name", name);
        command.Add("holder", holder);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Waits for the lease, runs <paramref name="work"/> holding it (renewed meanwhile), then gives it up.</summary>
    public async Task RunAsync(string name, Func<Task> work, CancellationToken cancellationToken)
    {
        var waited = false;
        while (!await TryAcquireAsync(name, cancellationToken))
        {
            if (!waited)
            {
                logger.LogInformation("Waiting for another server to finish {Work}", name);
                waited = true;
            }
            await Task.Delay(RetryEvery, cancellationToken);
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewAsync(name, stop.Token);
        try
        {
            await work();
        }
        finally
        {
            await stop.CancelAsync();
            await renewing;
            await ReleaseAsync(name, CancellationToken.None);
        }
    }

    private async Task RenewAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RenewEvery, cancellationToken);
                if (!await TryAcquireAsync(name, cancellationToken))
                {
                    logger.LogWarning("The lease on {Work} was lost; another server may now do it too", name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
