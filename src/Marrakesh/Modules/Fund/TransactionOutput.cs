namespace Marrakesh.Modules.Fund;

/// <summary>A ledger transaction with its legs.</summary>
/// <param name="Id">Transaction number.</param>
/// <param name="Kind">deposit, allocation, transfer, refund or reversal.</param>
/// <param name="Date">Value date.</param>
/// <param name="RecordedAt">When it was posted (UTC).</param>
/// <param name="RecordedBy">Who posted it (shown to the fund's staff only).</param>
/// <param name="ProgrammeId">The programme it concerns.</param>
/// <param name="ContributionId">The deposit it records.</param>
/// <param name="Organisation">The organisation a transfer paid.</param>
/// <param name="ReversesId">The transaction a reversal undoes.</param>
/// <param name="ReversedById">The reversal that undid this one.</param>
/// <param name="Memo">Words about it.</param>
/// <param name="Entries">Its legs; they sum to zero.</param>
public sealed record TransactionOutput(
    long Id, string Kind, DateOnly Date, DateTime RecordedAt, string? RecordedBy, Guid? ProgrammeId, Guid? ContributionId,
    string? Organisation, long? ReversesId, long? ReversedById, string? Memo, IReadOnlyList<EntryOutput> Entries)
{
    public static TransactionOutput From(LedgerTransaction t, long? reversedBy = null) => new(
        t.Id, t.Kind, t.Date, t.RecordedAt, t.RecordedBy, t.ProgrammeId, t.ContributionId, t.Organisation, t.ReversesId, reversedBy, t.Memo,
        [.. t.Entries.OrderBy(e => e.Id).Select(e => new EntryOutput(e.Account, Usd.FromMinor(e.AmountMinor)))]);
}

/// <summary>One leg: USD into (positive) or out of (negative) an account.</summary>
/// <param name="Account">The account, e.g. pool:none or programme:{id}:thematic:2.</param>
/// <param name="AmountUsd">The amount.</param>
public sealed record EntryOutput(string Account, decimal AmountUsd);
