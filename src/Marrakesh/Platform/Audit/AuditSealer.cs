using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Audit;

/// <summary>
/// Links audit entries into the chain after they are written, so that writers never wait for one another on a
/// global lock (ADR 0015). Each batch is one transaction, serialised between processes: on PostgreSQL by an advisory
/// lock, on SQLite by the write lock its (immediate) transaction takes. The chain is in the order entries were
/// sealed, which on PostgreSQL need not be Id order: an entry can commit after a later one was sealed.
/// </summary>
public sealed class AuditSealer(AppDbContext db, DatabaseSettings settings, TimeProvider clock)
{
    /// <summary>
    /// A quick seal looks this many Ids behind the newest sealed entry for ones committed late; a straggler older than
    /// that waits for a full sweep (the sealing service's hourly one, or <c>audit verify</c>).
    /// </summary>
    internal const long Lookback = 10_000;

    private const int Batch = 1_000;

    // Any constant will do, as long as nothing else in the database takes the same advisory lock.
    private const long PostgresLockKey = 0x4D41_5252_4155_4454; // "MARRAUDT"

    private readonly AuditChainHash hasher = new();

    /// <summary>Seals the entries written since the last seal; cheap when there are none. Returns how many it sealed.</summary>
    public Task<int> SealAsync(CancellationToken cancellationToken) => SealAsync(int.MaxValue, cancellationToken);

    /// <summary>The same, stopping after about <paramref name="atMost"/> entries, so that a reader never waits out a backlog.</summary>
    public async Task<int> SealAsync(int atMost, CancellationToken cancellationToken)
    {
        var newest = await db.AuditLinks.MaxAsync(l => (long?)l.EntryId, cancellationToken) ?? 0;
        return await SealFromAsync(Math.Max(0, newest - Lookback), atMost, cancellationToken);
    }

    /// <summary>Seals every unsealed entry, however old.</summary>
    public Task<int> SealEverythingAsync(CancellationToken cancellationToken) => SealFromAsync(0, int.MaxValue, cancellationToken);

    private async Task<int> SealFromAsync(long afterId, int atMost, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < atMost && await Unsealed(afterId).AnyAsync(cancellationToken))
        {
            var (count, lastId) = await SealBatchAsync(afterId, cancellationToken);
            total += count;
            if (count < Batch)
            {
                return total;
            }
            // Everything unsealed up to lastId was in this batch, so the next one need not skip over it again.
            afterId = lastId;
        }
        return total;
    }

    private async Task<(int Count, long LastId)> SealBatchAsync(long afterId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }
        var head = await db.AuditLinks.AsNoTracking().OrderByDescending(l => l.Position)
            .Select(l => new { l.Position, l.Hash }).FirstOrDefaultAsync(cancellationToken);
        var entries = await Unsealed(afterId).OrderBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        var position = head?.Position ?? 0;
        var previous = head?.Hash ?? AuditChainHash.Genesis;
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            var hash = hasher.Of(previous, entry);
            db.AuditLinks.Add(new AuditLink { Position = ++position, EntryId = entry.Id, Hash = hash, PreviousHash = previous, SealedAt = at });
            previous = hash;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (entries.Count, entries.Count == 0 ? afterId : entries[^1].Id);
    }

    private IQueryable<AuditEntry> Unsealed(long afterId) =>
        db.AuditEntries.AsNoTracking().Where(e => e.Id > afterId && !db.AuditLinks.Any(l => l.EntryId == e.Id));
}
