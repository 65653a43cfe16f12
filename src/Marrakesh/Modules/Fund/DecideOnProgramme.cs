using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Records a steering-committee decision: approve a concept note (into the pipeline, by priority), decline it, or
/// close a programme — which returns every dollar it still holds to the pool it came from.
/// </summary>
public sealed class DecideOnProgramme(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger)
{
    /// <summary>A steering-committee decision.</summary>
    public sealed record Input
    {
        /// <summary>approve, decline or close.</summary>
        [RequiredField, OneOf(typeof(FundVocabulary), nameof(FundVocabulary.Decisions))]
        public string? Decision { get; init; }

        /// <summary>The decision's reference, e.g. "SC-2026-01" (at most 100 characters).</summary>
        [RequiredField, TextLength(100)]
        public string? Reference { get; init; }

        /// <summary>For an approval: the programme's place in the funding pipeline (1 first).</summary>
        [Between(1, 9999)]
        public int? Priority { get; init; }

        /// <summary>Why, in words (at most 2,000 characters).</summary>
        [TextLength(2000, MultiLine = true)]
        public string? Note { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/programmes/{id:guid}/decision", async Task<Ok<ProgrammeOutput>> (
            Guid id, Input input, HttpContext http, DecideOnProgramme decide, CancellationToken ct) =>
            FundAnswers.Ok(http.Response, await decide.ExecuteAsync(id, input, FundAnswers.KeyOf(http.Request, required: false), ct)))
            .WithName("DecideOnProgramme").ReadsIdempotencyKey(required: false)
            .WithSummary("Record a steering-committee decision: approve, decline or close (closure refunds what is unspent). Send Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    public async Task<Written<ProgrammeOutput>> ExecuteAsync(Guid id, Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        return await writes.RunAsync(idempotencyKey, new { id, input }, async c =>
        {
            var decision = OneOfAttribute.Canonical(input.Decision, FundVocabulary.Decisions)!;
            var reference = input.Reference!.Trim();
            var programme = await db.Set<Programme>().FirstOrDefaultAsync(p => p.Id == id, c)
                ?? throw new NotFoundException("No programme has this id.");
            programme.Decide(decision, ledger.Now);
            programme.Priority = decision == FundVocabulary.Approve ? input.Priority ?? programme.Priority : programme.Priority;
            programme.Version++;
            db.Add(new ProgrammeDecision
            {
                ProgrammeId = id, Decision = decision, Reference = reference, Note = input.Note?.Trim() is { Length: > 0 } note ? note : null,
                At = ledger.Now, Actor = ledger.Actor,
            });
            // Saving the status first locks the programme's row, so no movement can slip in between the balances read below and the refund.
            await db.SaveChangesAsync(c);
            if (decision == FundVocabulary.Close)
            {
                await RefundAsync(programme, reference, c);
            }
            return ProgrammeOutput.From(programme);
        }, cancellationToken);
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
