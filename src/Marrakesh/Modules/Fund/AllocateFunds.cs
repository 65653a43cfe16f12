using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Moves money from the pools a programme's earmarks allow into the programme: its countries' pools first, then its
/// thematic area's, then unearmarked money — or only the pool the caller names.
/// </summary>
public sealed class AllocateFunds(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger)
{
    /// <summary>Money moved from the pools into a programme.</summary>
    public sealed record Input : MovementFields
    {
        /// <summary>Draw only from this earmark's pool (none, thematic:N, country:ISO3); by default the most specific pools the programme may use come first.</summary>
        [EarmarkCode]
        public string? Earmark { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/allocations", async Task<Created<TransactionOutput>> (Input input, HttpContext http, AllocateFunds allocate, CancellationToken ct) =>
        {
            var written = await allocate.ExecuteAsync(input, FundAnswers.KeyOf(http.Request, required: true), ct);
            return FundAnswers.Created(http.Response, written, $"/api/fund/programmes/{written.Output.ProgrammeId}/ledger");
        }).WithName("AllocateFunds").ReadsIdempotencyKey(required: true)
            .WithSummary("Move money from the pools a programme may use into it. 409 when the money is not there. Send Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status409Conflict);

    public async Task<Written<TransactionOutput>> ExecuteAsync(Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        return await writes.RunAsync(idempotencyKey, input, c => AllocateAsync(input, c), cancellationToken);
    }

    private async Task<TransactionOutput> AllocateAsync(Input input, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeLocks.LoadAsync(db, input.ProgrammeId!.Value, cancellationToken);
        var amount = (long)(input.AmountUsd!.Value * 100);
        var allowed = Earmark.AllowedFor(programme);
        var pools = allowed;
        if (input.Earmark is not null)
        {
            var earmark = Earmark.Canonical(input.Earmark)!;
            pools = allowed.Contains(earmark) ? [earmark]
                : throw new DomainRuleException($"Money earmarked {earmark} cannot go to this programme; it may use {string.Join(", ", allowed)}.");
        }
        var date = input.Date ?? DateOnly.FromDateTime(ledger.Now);
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
