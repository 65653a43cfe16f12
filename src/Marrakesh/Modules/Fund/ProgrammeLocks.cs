using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Money movements for a programme first lock the programme's row with an update that changes nothing. That takes
/// the row's lock (PostgreSQL) or makes the transaction the single writer (SQLite), so a closure and a movement never
/// interleave, and the budget ceiling holds under concurrent allocations.
/// </summary>
internal static class ProgrammeLocks
{
    public static async Task<Programme> LoadAsync(AppDbContext db, Guid programmeId, CancellationToken cancellationToken) =>
        await db.Set<Programme>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new InvalidInputException("programmeId", "No programme has this id.");

    /// <summary>Locks the programme's row for the rest of the transaction, whatever its status.</summary>
    public static async Task LockAsync(AppDbContext db, Guid programme, CancellationToken cancellationToken) =>
        await db.Set<Programme>().Where(p => p.Id == programme)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.UpdatedAt, p => p.UpdatedAt), cancellationToken);

    /// <summary>
    /// Adds <paramref name="allocated"/> (may be zero or negative) to the programme's allocation if it is open and stays
    /// within budget. The row is locked first, so what is read next is what this transaction changes; the change is
    /// tracked, so the caller's save writes it with its audit entry (allocation, status, version) in the same transaction.
    /// </summary>
    public static async Task ClaimAsync(AppDbContext db, Programme programme, long allocated, DateTime now, CancellationToken cancellationToken)
    {
        programme.EnsureReceivesMoney();
        await LockAsync(db, programme.Id, cancellationToken);
        var current = await db.Set<Programme>().FirstAsync(p => p.Id == programme.Id, cancellationToken);
        if (current.Status is not (FundVocabulary.Approved or FundVocabulary.Funded))
        {
            throw new ConflictException($"The programme became {current.Status} meanwhile; nothing was posted.");
        }
        if (current.AllocatedMinor + allocated > current.BudgetMinor)
        {
            throw new DomainRuleException(
                $"This allocation would exceed the programme's budget of {Usd.Format(current.BudgetMinor)} USD; {Usd.Format(current.BudgetMinor - current.AllocatedMinor)} USD remain to allocate.");
        }
        current.AllocatedMinor += allocated;
        current.Status = allocated > 0 ? FundVocabulary.Funded : current.Status;
        current.Version++;
        current.UpdatedAt = now;
    }
}
