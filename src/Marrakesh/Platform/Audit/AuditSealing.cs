namespace Marrakesh.Platform.Audit;

/// <summary>
/// Seals new audit entries every few seconds (<c>MARRAKESH_AUDIT_SEAL_SECONDS</c>, default 5; 0 turns it off), and
/// sweeps for late ones on its first run and hourly after. Its cadence is the machine's own time, not the app's
/// <see cref="TimeProvider"/>: moving a test clock on by days must not fire thousands of seals at once.
/// </summary>
internal sealed class AuditSealing(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AuditSealing> logger)
    : BackgroundService
{
    public const string Variable = "MARRAKESH_AUDIT_SEAL_SECONDS";
    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private static readonly TimeProvider Clock = TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(Variable, 5.0);
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), Clock);
        var nextSweep = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sealer = scope.ServiceProvider.GetRequiredService<AuditSealer>();
                if (Clock.GetUtcNow() >= nextSweep)
                {
                    await sealer.SealEverythingAsync(stoppingToken);
                    nextSweep = Clock.GetUtcNow() + SweepEvery;
                }
                else
                {
                    await sealer.SealAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sealing the audit trail failed; the next run tries again");
            }
        }
    }
}
