using Marrakesh.Platform.Freshness;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Data;

/// <summary>
/// Brings a database up to date: applies pending migrations, then refreshes the reference data
/// every module owns. Both steps are idempotent, so running them on every start is safe.
/// </summary>
internal sealed class DatabasePreparation(
    AppDbContext db,
    DatabaseSettings settings,
    IEnumerable<IReferenceData> referenceData,
    ScheduledWorkLease lease,
    ILogger<DatabasePreparation> logger)
{
    public async Task MigrateAndRefreshAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to {Database}", pending.Count, settings.Describe());
            // A migration may rewrite a large table (the search index's phrase pairs): give it longer than a request.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync(cancellationToken);
            db.Database.SetCommandTimeout(null);
        }
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while a write is in progress.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // Servers starting together on one database refresh one after another (migrations have EF Core's own lock).
        await lease.RunAsync("reference-refresh", async () =>
        {
            foreach (var data in referenceData)
            {
                var changed = await data.RefreshAsync(cancellationToken);
                if (changed > 0)
                {
                    logger.LogInformation("Reference data {Name}: {Changed} row(s) added or updated", data.Name, changed);
                }
            }
        }, cancellationToken);
    }

    /// <summary>What every start does: migrate and refresh where auto-migration is on, otherwise insist on a current schema.</summary>
    public Task PrepareAsync(CancellationToken cancellationToken) =>
        settings.AutoMigrate ? MigrateAndRefreshAsync(cancellationToken) : EnsureSchemaIsCurrentAsync(cancellationToken);

    /// <summary>Fails fast when the schema is behind and nobody asked to migrate it.</summary>
    public async Task EnsureSchemaIsCurrentAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database ({settings.Describe()}) is missing {pending.Count} migration(s), starting with {pending[0]}. " +
                $"Run `marrakesh migrate`, or set {DatabaseSettings.AutoMigrateVariable}=true.");
        }
    }
}

/// <summary>Reference data a module owns and loads from its own files; refreshing twice changes nothing.</summary>
public interface IReferenceData
{
    string Name { get; }

    /// <summary>Adds missing rows and updates changed ones; returns how many rows it wrote.</summary>
    Task<int> RefreshAsync(CancellationToken cancellationToken);
}

/// <summary>Prepares the database before the web server starts taking requests.</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabasePreparation>().PrepareAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
