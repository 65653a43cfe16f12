using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Freshness;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Data;

/// <summary>
/// The one database context. Each provider has a subclass with its own migration set.
/// Every SaveChanges records what it wrote in the audit trail, and moves on the generation of every cache topic it
/// touched (ADR 0017), in the same transaction.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, IAuditActor actor, TimeProvider clock, CacheGenerations generations)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<GuidingPrinciple> GuidingPrinciples => Set<GuidingPrinciple>();
    public DbSet<State> States => Set<State>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditLink> AuditLinks => Set<AuditLink>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        IdentityTables.Rename(builder);
    }

    /// <summary>Generations moved on in the current transaction, told to this process when it commits.</summary>
    internal List<(string Topic, long Generation)> GenerationsToPublish { get; } = [];

    internal void PublishGenerations()
    {
        foreach (var (topic, generation) in GenerationsToPublish)
        {
            generations.Observe(topic, generation);
        }
        GenerationsToPublish.Clear();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var topics = generations.TopicsOf(ChangeTracker);
        var pending = AuditTrail.Capture(ChangeTracker);
        if (pending.Count == 0 && topics.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Both saves accept their changes: the audit rows need the generated keys of the first. If the second
        // save fails, the transaction rolls both back and the context should be discarded with the request.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (pending.Count > 0)
            {
                var at = clock.GetUtcNow().UtcDateTime;
                AuditEntries.AddRange(pending.Select(p => p.Complete(actor, at)));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            }
            // Last, so the generation rows stay locked for as short a time as the write allows.
            foreach (var topic in topics)
            {
                await generations.BumpAsync(this, topic, cancellationToken);
            }
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IAuditActor actor, TimeProvider clock, CacheGenerations generations)
    : AppDbContext(options, actor, clock, generations)
{
    /// <summary>
    /// SQLite keeps a timestamp as text without its kind; the app writes UTC only, so it reads UTC back, and answers
    /// carry the offset (<c>Z</c>) as they do on PostgreSQL (issue 22).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimes>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimes>();
    }

    private sealed class UtcDateTimes() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IAuditActor actor, TimeProvider clock, CacheGenerations generations)
    : AppDbContext(options, actor, clock, generations);
