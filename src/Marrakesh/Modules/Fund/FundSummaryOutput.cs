namespace Marrakesh.Modules.Fund;

/// <summary>The fund's sources and uses in USD, with breakdowns. Stages are shown side by side, never added together.</summary>
/// <param name="DepositsUsd">All deposits, net of reversed ones.</param>
/// <param name="IncomeUsd">The fund's investment income.</param>
/// <param name="FeesUsd">The administrative agent's fees set aside.</param>
/// <param name="AllocatedUsd">Allocated to programmes, net of reversals (refunds on closure are shown apart).</param>
/// <param name="TransferredUsd">Transferred to participating organisations.</param>
/// <param name="RefundsUsd">Returned to the pools by closed programmes.</param>
/// <param name="HeldByProgrammesUsd">Allocated and not yet transferred.</param>
/// <param name="AvailableUsd">In the pools, free to allocate.</param>
/// <param name="ExpenditureUsd">Reported spent by organisations (part may be provisional).</param>
/// <param name="AvailableByEarmark">The pools, by earmark.</param>
/// <param name="ByContributor">Deposits per contributor.</param>
/// <param name="ByContributorType">Deposits per contributor type.</param>
/// <param name="ByThematicArea">Allocations per thematic area (count = programmes).</param>
/// <param name="ByRegion">Allocations per M49 region of the programmes' countries.</param>
/// <param name="ByProgramme">Each programme's budget, allocation, transfers and expenditure.</param>
/// <param name="Pipeline">Approved programmes waiting for money.</param>
/// <param name="Invariants">The ledger's invariants, checked now.</param>
public sealed record FundSummaryOutput(
    decimal DepositsUsd, decimal IncomeUsd, decimal FeesUsd, decimal AllocatedUsd, decimal TransferredUsd, decimal RefundsUsd, decimal HeldByProgrammesUsd,
    decimal AvailableUsd, decimal ExpenditureUsd, IReadOnlyList<Figure> AvailableByEarmark, IReadOnlyList<Figure> ByContributor,
    IReadOnlyList<Figure> ByContributorType, IReadOnlyList<Figure> ByThematicArea, IReadOnlyList<Figure> ByRegion,
    IReadOnlyList<ProgrammeFigures> ByProgramme, int Pipeline, Invariants Invariants);

/// <summary>One line of a breakdown.</summary>
/// <param name="Key">What is counted.</param>
/// <param name="AmountUsd">Its amount.</param>
/// <param name="Count">How many contributions or programmes.</param>
public sealed record Figure(string Key, decimal AmountUsd, int? Count);

/// <summary>A programme's money at each stage.</summary>
/// <param name="Id">Programme id.</param>
/// <param name="Title">Title.</param>
/// <param name="Status">Status.</param>
/// <param name="BudgetUsd">Budget.</param>
/// <param name="AllocatedUsd">Allocated.</param>
/// <param name="TransferredUsd">Transferred to organisations.</param>
/// <param name="ExpenditureUsd">Reported spent.</param>
/// <param name="ExpenditureProvisional">True while any of it is not certified.</param>
public sealed record ProgrammeFigures(Guid Id, string Title, string Status, decimal BudgetUsd, decimal AllocatedUsd, decimal TransferredUsd,
    decimal ExpenditureUsd, bool ExpenditureProvisional);

/// <summary>The ledger's invariants; all true on a sound ledger.</summary>
/// <param name="EveryTransactionBalances">Every transaction's entries sum to zero.</param>
/// <param name="NoPoolOrProgrammeBelowZero">No pool, programme or organisation account is negative.</param>
/// <param name="RunningBalancesMatchEntries">The running balances equal the sums of the entries.</param>
/// <param name="BalancesSumToReceipts">All balances but the source accounts sum to deposits plus income, and the deposits equal the recorded contributions.</param>
/// <param name="EarmarksKept">Every programme holds only money whose earmark it may use.</param>
public sealed record Invariants(bool EveryTransactionBalances, bool NoPoolOrProgrammeBelowZero, bool RunningBalancesMatchEntries,
    bool BalancesSumToReceipts, bool EarmarksKept)
{
    public bool AllHold => EveryTransactionBalances && NoPoolOrProgrammeBelowZero && RunningBalancesMatchEntries && BalancesSumToReceipts && EarmarksKept;
}
