using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Moves money from the pools a programme's earmarks allow into the programme: its countries' pools first, then its
/// thematic area's, then unearmarked money — or only the pool the caller names.
/// </summary>
public sealed class AllocateFunds(AppDbContext db, Ledger ledger, StatesContract states)
{
    public async Task<TransactionOutput> ExecuteAsync(MovementInput input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeLocks.LoadAsync(db, input.ProgrammeId, cancellationToken);
        var amount = Usd.PositiveMinor(input.AmountUsd, "amountUsd");
        var allowed = Earmark.AllowedFor(programme);
        var pools = allowed;
        if (input.Earmark is not null)
        {
            var earmark = await Earmark.ParseAsync(input.Earmark, "earmark", db, states, cancellationToken);
            pools = allowed.Contains(earmark) ? [earmark]
                : throw new DomainRuleException($"Money earmarked {earmark} cannot go to this programme; it may use {string.Join(", ", allowed)}.");
        }
        var date = FundRules.NotInFuture(input.Date ?? DateOnly.FromDateTime(ledger.Now), "date", ledger.Now);
        await ProgrammeLocks.ClaimAsync(db, programme, amount, ledger.Now, cancellationToken);

        var legs = new List<(string, long)>();
        var remaining = amount;
        foreach (var pool in pools)
        {
            var draw = Math.Min(remaining, await ledger.BalanceAsync(LedgerAccounts.Pool(pool), cancellationToken));
            if (draw > 0)
            {
                legs.Add((LedgerAccounts.Pool(pool), -draw));
                legs.Add((LedgerAccounts.Programme(programme.Id, pool), draw));
                remaining -= draw;
            }
            if (remaining == 0)
            {
                break;
            }
        }
        if (remaining > 0)
        {
            throw new ConflictException(
                $"Only {Usd.Format(amount - remaining)} USD is available in the pools this programme may draw on ({string.Join(", ", pools)}); nothing was allocated.");
        }
        var posting = await ledger.PostAsync(
            new LedgerTransaction { Kind = FundVocabulary.Allocation, Date = date, RecordedAt = ledger.Now, RecordedBy = ledger.Actor, ProgrammeId = programme.Id },
            legs, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TransactionOutput.From(posting);
    }
}
