using Marrakesh.Platform.Data;
using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Records the fund's investment income (interest earned on the balances it holds). It enters the unearmarked pool; no
/// fee is taken on it, since the fee is charged on contributions.
/// </summary>
public sealed class RecordIncome(AppDbContext db, Ledger ledger)
{
    public async Task<TransactionOutput> ExecuteAsync(IncomeInput input, CancellationToken cancellationToken)
    {
        var amount = Usd.PositiveMinor(input.AmountUsd, "amountUsd");
        var date = FundRules.NotInFuture(input.Date ?? DateOnly.FromDateTime(ledger.Now), "date", ledger.Now);
        var posting = await ledger.PostAsync(
            new LedgerTransaction
            {
                Kind = FundVocabulary.IncomeKind, Date = date, RecordedAt = ledger.Now, RecordedBy = ledger.Actor,
                Memo = InputText.Trimmed(input.Memo, "memo", 1000) ?? "Investment income",
            },
            [(LedgerAccounts.Income, -amount), (LedgerAccounts.Pool(Earmark.None), amount)],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TransactionOutput.From(posting);
    }
}

/// <summary>Investment income received by the fund.</summary>
/// <param name="AmountUsd">The amount in USD.</param>
/// <param name="Date">Value date; today when omitted.</param>
/// <param name="Memo">What it is, e.g. "Interest, first quarter 2026".</param>
public sealed record IncomeInput(decimal? AmountUsd, DateOnly? Date, string? Memo);
