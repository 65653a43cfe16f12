namespace Marrakesh.Platform.Audit;

/// <summary>
/// Seals new audit entries every few seconds (<c>MARRAKESH_AUDIT_SEAL_SECONDS</c>, default 5; 0 turns it off), and
/// sweeps for late ones on its first run and hourly after. Its timer runs on the app's <see cref="TimeProvider"/>,
/// so under a test clock it seals only when the test moves time on.
/// </summary>
internal sealed class AuditSealing(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<AuditSealing> logger)
    : BackgroundService
{
    public const string Variable = "MARRAKESH_AUDIT_SEAL_SECONDS";
    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(Variable, 5.0);
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        var nextSweep = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sealer = scope.ServiceProvider.GetRequiredService<AuditSealer>();
                if (clock.GetUtcNow() >= nextSweep)
                {
                    await sealer.SealEverythingAsync(stoppingToken);
                    nextSweep = clock.GetUtcNow() + SweepEvery;
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
