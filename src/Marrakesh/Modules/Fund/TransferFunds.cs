using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

/// <summary>Pays part of a programme's allocation to one of its participating organisations.</summary>
public sealed class TransferFunds(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger)
{
    /// <summary>Money paid from a programme to one of its participating organisations.</summary>
    public sealed record Input : MovementFields
    {
        /// <summary>The participating organisation paid (its acronym).</summary>
        [RequiredField, UnAcronym]
        public string? Organisation { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/transfers", async Task<Created<TransactionOutput>> (Input input, HttpContext http, TransferFunds transfer, CancellationToken ct) =>
        {
            var written = await transfer.ExecuteAsync(input, FundAnswers.KeyOf(http.Request, required: true), ct);
            return FundAnswers.Created(http.Response, written, $"/api/fund/programmes/{written.Output.ProgrammeId}/ledger");
        }).WithName("TransferFunds").ReadsIdempotencyKey(required: true).WithSummary("Pay a participating organisation from its programme. Send Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status409Conflict);

    public async Task<Written<TransactionOutput>> ExecuteAsync(Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        return await writes.RunAsync(idempotencyKey, input, c => TransferAsync(input, c), cancellationToken);
    }

    private async Task<TransactionOutput> TransferAsync(Input input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeLocks.LoadAsync(db, input.ProgrammeId!.Value, cancellationToken);
        var amount = (long)(input.AmountUsd!.Value * 100);
        var organisation = input.Organisation!.Trim().ToUpperInvariant();
        if (!programme.Organisations.Contains(organisation))
        {
            throw new InvalidInputException("organisation", $"Transfers go to the programme's participating organisations: {string.Join(", ", programme.Organisations)}.");
        }
        var date = input.Date ?? DateOnly.FromDateTime(ledger.Now);
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
