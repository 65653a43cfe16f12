using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Money movements for a programme first update the programme's row with a guarded statement. That takes the
/// row's lock (PostgreSQL) or runs inside the single writer (SQLite), so a closure and a movement never interleave,
/// and the budget ceiling holds under concurrent allocations.
/// </summary>
internal static class ProgrammeLocks
{
    public static async Task<Programme> LoadAsync(AppDbContext db, Guid? id, CancellationToken cancellationToken)
    {
        var programmeId = id ?? throw new InvalidInputException("programmeId", "Name the programme.");
        return await db.Set<Programme>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new InvalidInputException("programmeId", "No programme has this id.");
    }

    /// <summary>Locks the programme's row for the rest of the transaction, whatever its status.</summary>
    public static async Task LockAsync(AppDbContext db, Guid programme, CancellationToken cancellationToken) =>
        await db.Set<Programme>().Where(p => p.Id == programme)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.UpdatedAt, p => p.UpdatedAt), cancellationToken);

    /// <summary>Adds <paramref name="allocated"/> (may be zero or negative) to the programme's allocation if it is open and stays within budget.</summary>
    public static async Task ClaimAsync(AppDbContext db, Programme programme, long allocated, DateTime now, CancellationToken cancellationToken)
    {
        programme.EnsureReceivesMoney();
        var claimed = await db.Set<Programme>()
            .Where(p => p.Id == programme.Id && (p.Status == FundVocabulary.Approved || p.Status == FundVocabulary.Funded)
                && p.AllocatedMinor + allocated <= p.BudgetMinor)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.AllocatedMinor, p => p.AllocatedMinor + allocated)
                .SetProperty(p => p.Status, p => allocated > 0 ? FundVocabulary.Funded : p.Status)
                .SetProperty(p => p.Version, p => p.Version + 1)
                .SetProperty(p => p.UpdatedAt, now), cancellationToken);
        if (claimed == 1)
        {
            return;
        }
        var current = await db.Set<Programme>().AsNoTracking().FirstAsync(p => p.Id == programme.Id, cancellationToken);
        if (current.Status is not (FundVocabulary.Approved or FundVocabulary.Funded))
        {
            throw new ConflictException($"The programme became {current.Status} meanwhile; nothing was posted.");
        }
        throw new DomainRuleException(
            $"This allocation would exceed the programme's budget of {Usd.Format(current.BudgetMinor)} USD; {Usd.Format(current.BudgetMinor - current.AllocatedMinor)} USD remain to allocate.");
    }
}
