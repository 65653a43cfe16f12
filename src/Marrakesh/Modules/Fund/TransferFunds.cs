using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Fund;

/// <summary>Pays part of a programme's allocation to one of its participating organisations.</summary>
public sealed class TransferFunds(AppDbContext db, Ledger ledger)
{
    public async Task<TransactionOutput> ExecuteAsync(MovementInput input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeLocks.LoadAsync(db, input.ProgrammeId, cancellationToken);
        var amount = Usd.PositiveMinor(input.AmountUsd, "amountUsd");
        var organisation = input.Organisation?.Trim().ToUpperInvariant();
        if (organisation is null || !programme.Organisations.Contains(organisation))
        {
            throw new InvalidInputException("organisation", $"Transfers go to the programme's participating organisations: {string.Join(", ", programme.Organisations)}.");
        }
        var date = FundRules.NotInFuture(input.Date ?? DateOnly.FromDateTime(ledger.Now), "date", ledger.Now);
        await ProgrammeLocks.ClaimAsync(db, programme, 0, ledger.Now, cancellationToken);

        var legs = new List<(string, long)>();
        var remaining = amount;
        foreach (var account in await ledger.BalancesAsync(LedgerAccounts.ProgrammePrefixOf(programme.Id), cancellationToken))
        {
            var draw = Math.Min(remaining, account.BalanceMinor);
            legs.Add((account.Account, -draw));
            remaining -= draw;
            if (remaining == 0)
            {
                break;
            }
        }
        if (remaining > 0)
        {
            throw new ConflictException($"The programme holds only {Usd.Format(amount - remaining)} USD not yet transferred; nothing was posted.");
        }
        legs.Add((LedgerAccounts.Organisation(programme.Id, organisation), amount));
        var posting = await ledger.PostAsync(
            new LedgerTransaction
            {
                Kind = FundVocabulary.Transfer, Date = date, RecordedAt = ledger.Now, RecordedBy = ledger.Actor,
                ProgrammeId = programme.Id, Organisation = organisation,
            },
            legs, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TransactionOutput.From(posting);
    }
}
