using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Corrects a posting the only way the ledger allows: a new transaction with every leg negated. The same guards
/// apply, so a deposit whose money has already been allocated cannot be reversed until the allocation is.
/// </summary>
public sealed class ReverseTransaction(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger)
{
    /// <summary>Why a transaction is reversed.</summary>
    public sealed record Input
    {
        /// <summary>The reason, kept on the reversing transaction (at most 1,000 characters).</summary>
        [RequiredField, TextLength(1000, MultiLine = true)]
        public string? Reason { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/transactions/{id:long}/reverse", async Task<Created<TransactionOutput>> (
            long id, Input input, HttpContext http, ReverseTransaction reverse, CancellationToken ct) =>
        {
            var written = await reverse.ExecuteAsync(id, input, FundAnswers.KeyOf(http.Request, required: true), ct);
            return FundAnswers.Created(http.Response, written,
                written.Output.ProgrammeId is { } programme ? $"/api/fund/programmes/{programme}/ledger" : null);
        }).WithName("ReverseTransaction").ReadsIdempotencyKey(required: true).WithSummary("Correct a deposit, allocation or transfer by posting its reverse. Send Idempotency-Key.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static readonly string[] Reversible = [FundVocabulary.Deposit, FundVocabulary.IncomeKind, FundVocabulary.Allocation, FundVocabulary.Transfer];

    public async Task<Written<TransactionOutput>> ExecuteAsync(long id, Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        return await writes.RunAsync(idempotencyKey, new { id, input }, c => ReverseAsync(id, input.Reason!.Trim(), c), cancellationToken);
    }

    private async Task<TransactionOutput> ReverseAsync(long id, string reason, CancellationToken cancellationToken)
    {
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
