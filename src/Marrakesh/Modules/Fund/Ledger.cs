using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Posts balanced transactions. Each account's running balance moves by one SQL statement that both providers run
/// atomically; a debit that would take a pool or programme below zero matches no row, and the whole request fails
/// with 409 before anything is saved. Accounts are touched in name order so concurrent postings cannot deadlock.
/// </summary>
public sealed class Ledger(AppDbContext db, TimeProvider clock, Platform.Audit.IAuditActor actor)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string Actor => actor.Name;

    /// <summary>Posts within the caller's database transaction; the caller saves and commits.</summary>
    public async Task<LedgerTransaction> PostAsync(
        LedgerTransaction transaction, IReadOnlyList<(string Account, long AmountMinor)> legs, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Ledger postings must run inside a database transaction.");
        }
        if (legs.Count < 2 || legs.Sum(l => l.AmountMinor) != 0 || legs.Any(l => l.AmountMinor == 0))
        {
            throw new InvalidOperationException($"An unbalanced {transaction.Kind} was about to be posted.");
        }
        foreach (var (account, delta) in legs.GroupBy(l => l.Account).Select(g => (g.Key, g.Sum(l => l.AmountMinor))).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            await MoveAsync(account, delta, cancellationToken);
        }
        transaction.Entries.AddRange(legs.Select(l => new LedgerEntry { Account = l.Account, AmountMinor = l.AmountMinor }));
        db.Add(transaction);
        Platform.Operations.MarrakeshMetrics.Posted(transaction.Kind);
        return transaction;
    }

    /// <summary>Current balances of the accounts whose names start with <paramref name="prefix"/>.</summary>
    public Task<List<AccountBalance>> BalancesAsync(string prefix, CancellationToken cancellationToken) =>
        db.Set<AccountBalance>().AsNoTracking().Where(b => b.Account.StartsWith(prefix) && b.BalanceMinor != 0)
            .OrderBy(b => b.Account).ToListAsync(cancellationToken);

    public async Task<long> BalanceAsync(string account, CancellationToken cancellationToken) =>
        await db.Set<AccountBalance>().Where(b => b.Account == account).Select(b => b.BalanceMinor).FirstOrDefaultAsync(cancellationToken);

    private async Task MoveAsync(string account, long delta, CancellationToken cancellationToken)
    {
        if (delta < 0 && LedgerAccounts.IsGuarded(account))
        {
            var moved = await db.Database.ExecuteSqlAsync(
                $"""UPDATE "fund_account_balances" SET "BalanceMinor" = "BalanceMinor" + {delta} WHERE "Account" = {account} AND "BalanceMinor" + {delta} >= 0""",
                cancellationToken);
            if (moved == 0)
            {
                throw new ConflictException($"Not enough money in {account} for this posting (it would need {Usd.Format(-delta)} USD); nothing was posted.");
            }
            return;
        }
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "fund_account_balances" ("Account", "BalanceMinor") VALUES ({account}, {delta})
            ON CONFLICT ("Account") DO UPDATE SET "BalanceMinor" = "fund_account_balances"."BalanceMinor" + excluded."BalanceMinor"
            """,
            cancellationToken);
    }
}
