using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Corrects a posting the only way the ledger allows: a new transaction with every leg negated. The same guards
/// apply, so a deposit whose money has already been allocated cannot be reversed until the allocation is.
/// </summary>
public sealed class ReverseTransaction(AppDbContext db, Ledger ledger)
{
    private static readonly string[] Reversible = [FundVocabulary.Deposit, FundVocabulary.IncomeKind, FundVocabulary.Allocation, FundVocabulary.Transfer];

    public async Task<TransactionOutput> ExecuteAsync(long id, ReversalInput input, CancellationToken cancellationToken)
    {
        var reason = InputText.Trimmed(input.Reason, "reason", 1000) ?? throw new InvalidInputException("reason", "Say why the transaction is reversed.");
        var original = await db.Set<LedgerTransaction>().AsNoTracking().Include(t => t.Entries).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("No ledger transaction has this number.");
        if (!Reversible.Contains(original.Kind))
        {
            throw new DomainRuleException($"A {original.Kind} cannot be reversed; only deposits, income, allocations and transfers can.");
        }
        if (await db.Set<LedgerTransaction>().AnyAsync(t => t.ReversesId == id, cancellationToken))
        {
            throw new ConflictException($"Transaction {id} has already been reversed.");
        }
        if (original.ProgrammeId is { } programmeId)
        {
            // Undoing an allocation or a transfer moves money into or out of the programme: only while it is open, and
            // never interleaved with its closure (the claim locks its row).
            var allocated = original.Kind == FundVocabulary.Allocation
                ? original.Entries.Where(e => LedgerAccounts.IsProgramme(e.Account)).Sum(e => e.AmountMinor)
                : 0;
            await ProgrammeLocks.ClaimAsync(db, await ProgrammeLocks.LoadAsync(db, programmeId, cancellationToken), -allocated, ledger.Now, cancellationToken);
        }
        var posting = await ledger.PostAsync(
            new LedgerTransaction
            {
                Kind = FundVocabulary.Reversal, Date = DateOnly.FromDateTime(ledger.Now), RecordedAt = ledger.Now, RecordedBy = ledger.Actor,
                ProgrammeId = original.ProgrammeId, ContributionId = original.ContributionId, Organisation = original.Organisation,
                ReversesId = original.Id, Memo = reason,
            },
            [.. original.Entries.Select(e => (e.Account, -e.AmountMinor))],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TransactionOutput.From(posting);
    }
}
