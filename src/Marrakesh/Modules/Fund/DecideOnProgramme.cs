using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Records a steering-committee decision: approve a concept note (into the pipeline, by priority), decline it, or
/// close a programme — which returns every dollar it still holds to the pool it came from.
/// </summary>
public sealed class DecideOnProgramme(AppDbContext db, Ledger ledger)
{
    public async Task<ProgrammeOutput> ExecuteAsync(Guid id, DecisionInput input, CancellationToken cancellationToken)
    {
        var decision = OneOfAttribute.Require(input.Decision, FundVocabulary.Decisions, "decision");
        var reference = InputText.Trimmed(input.Reference, "reference", 100)
            ?? throw new InvalidInputException("reference", "Give the steering committee decision's reference, e.g. SC-2026-01.");
        if (input.Priority is < 1)
        {
            throw new InvalidInputException("priority", "Priorities start at 1.");
        }
        var programme = await db.Set<Programme>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("No programme has this id.");
        programme.Decide(decision, ledger.Now);
        programme.Priority = decision == FundVocabulary.Approve ? input.Priority ?? programme.Priority : programme.Priority;
        programme.Version++;
        db.Add(new ProgrammeDecision
        {
            ProgrammeId = id, Decision = decision, Reference = reference, Note = InputText.Trimmed(input.Note, "note", 2000),
            At = ledger.Now, Actor = ledger.Actor,
        });
        // Saving the status first locks the programme's row, so no movement can slip in between the balances read below and the refund.
        await db.SaveChangesAsync(cancellationToken);
        if (decision == FundVocabulary.Close)
        {
            await RefundAsync(programme, reference, cancellationToken);
        }
        return ProgrammeOutput.From(programme);
    }

    private async Task RefundAsync(Programme programme, string reference, CancellationToken cancellationToken)
    {
        var held = await ledger.BalancesAsync(LedgerAccounts.ProgrammePrefixOf(programme.Id), cancellationToken);
        if (held.Count == 0)
        {
            return;
        }
        var legs = held.SelectMany(b => new[]
        {
            (b.Account, -b.BalanceMinor),
            (LedgerAccounts.Pool(LedgerAccounts.EarmarkOf(b.Account)), b.BalanceMinor),
        }).ToList();
        await ledger.PostAsync(
            new LedgerTransaction
            {
                Kind = FundVocabulary.Refund, Date = DateOnly.FromDateTime(ledger.Now), RecordedAt = ledger.Now, RecordedBy = ledger.Actor,
                ProgrammeId = programme.Id, Memo = $"Unspent balance returned on closure ({reference})",
            },
            legs, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
