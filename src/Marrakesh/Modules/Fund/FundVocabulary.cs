namespace Marrakesh.Modules.Fund;

/// <summary>The fixed words of the start-up fund: contributor types, programme steps, decisions and ledger kinds.</summary>
public static class FundVocabulary
{
    public static readonly IReadOnlyList<string> ContributorTypes = ["member-state", "private-sector", "philanthropic", "other"];

    public const string ConceptNote = "concept-note";
    public const string Approved = "approved";
    public const string Funded = "funded";
    public const string Closed = "closed";
    public const string Declined = "declined";
    public static readonly IReadOnlyList<string> ProgrammeStatuses = [ConceptNote, Approved, Funded, Closed, Declined];

    public const string Approve = "approve";
    public const string Decline = "decline";
    public const string Close = "close";
    public static readonly IReadOnlyList<string> Decisions = [Approve, Decline, Close];

    public const string Deposit = "deposit";
    public const string Allocation = "allocation";
    public const string Transfer = "transfer";
    public const string Refund = "refund";
    public const string Reversal = "reversal";
    public const string IncomeKind = "income";

    /// <summary>
    /// The first year money could move: the fund's agreement was signed in May 2019 (shared/reference,
    /// un_network_on_migration.csv), so no deposit, allocation or transfer is dated earlier.
    /// </summary>
    public const int FirstYear = 2019;

    /// <summary>Gender equality and human-rights markers: 0 (no contribution) to 3 (the principal objective).</summary>
    public const int MarkerMax = 3;

    /// <summary>The administrative agent's fee on each deposit, in per cent (the Migration MPTF's 1%).</summary>
    public const int FeePercent = 1;

    /// <summary>The fee on a deposit of <paramref name="usdMinor"/> cents, rounded half away from zero to the cent.</summary>
    public static long FeeOn(long usdMinor) =>
        (long)decimal.Round(usdMinor * FeePercent / 100m, MidpointRounding.AwayFromZero);
}
