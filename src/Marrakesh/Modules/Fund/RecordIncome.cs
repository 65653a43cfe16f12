using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Records the fund's investment income (interest earned on the balances it holds). It enters the unearmarked pool; no
/// fee is taken on it, since the fee is charged on contributions.
/// </summary>
public sealed class RecordIncome(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger)
{
    /// <summary>Investment income received by the fund.</summary>
    public sealed record Input
    {
        /// <summary>The amount in USD.</summary>
        [RequiredField, Amount]
        public decimal? AmountUsd { get; init; }

        /// <summary>Value date (not in the future); today when omitted.</summary>
        [NotInFuture, NotBefore(FundVocabulary.FirstYear, 1, 1)]
        public DateOnly? Date { get; init; }

        /// <summary>What it is, e.g. "Interest, first quarter 2026" (at most 1,000 characters).</summary>
        [TextLength(1000, MultiLine = true)]
        public string? Memo { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/income", async Task<Created<TransactionOutput>> (Input input, HttpContext http, RecordIncome record, CancellationToken ct) =>
        {
            var written = await record.ExecuteAsync(input, FundAnswers.KeyOf(http.Request, required: true), ct);
            return FundAnswers.Created(http.Response, written, location: null);
        }).WithName("RecordIncome").ReadsIdempotencyKey(required: true).WithSummary("Record investment income; it enters the unearmarked pool. Send Idempotency-Key.");

    public async Task<Written<TransactionOutput>> ExecuteAsync(Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        return await writes.RunAsync(idempotencyKey, input, async c =>
        {
            var amount = (long)(input.AmountUsd!.Value * 100);
            var posting = await ledger.PostAsync(
                new LedgerTransaction
                {
                    Kind = FundVocabulary.IncomeKind, Date = input.Date ?? DateOnly.FromDateTime(ledger.Now), RecordedAt = ledger.Now, RecordedBy = ledger.Actor,
                    Memo = input.Memo?.Trim() is { Length: > 0 } memo ? memo : "Investment income",
                },
                [(LedgerAccounts.Income, -amount), (LedgerAccounts.Pool(Earmark.None), amount)],
                c);
            await db.SaveChangesAsync(c);
            return TransactionOutput.From(posting);
        }, cancellationToken);
    }
}
