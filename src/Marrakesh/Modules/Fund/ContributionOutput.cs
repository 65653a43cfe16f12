namespace Marrakesh.Modules.Fund;

/// <summary>A deposit as the fund recorded it.</summary>
/// <param name="Id">The contribution's id.</param>
/// <param name="Contributor">Who gave the money.</param>
/// <param name="ContributorType">member-state, private-sector, philanthropic or other.</param>
/// <param name="ContributorState">ISO3 of a contributing State, when given.</param>
/// <param name="Amount">Amount received, in <paramref name="Currency"/>.</param>
/// <param name="Currency">Currency received (ISO 4217).</param>
/// <param name="RateToUsd">Rate recorded at deposit.</param>
/// <param name="AmountUsd">Value in USD at that rate.</param>
/// <param name="FeeUsd">The administrative agent's fee set aside (1%).</param>
/// <param name="NetUsd">What entered the pool.</param>
/// <param name="Earmark">none, thematic:N or country:ISO3.</param>
/// <param name="Date">Value date.</param>
/// <param name="PledgeId">The pledge it honours.</param>
/// <param name="AgreementId">The agreement it pays into.</param>
/// <param name="TransactionId">Its ledger transaction.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="RecordedBy">Who recorded it (shown to the fund's staff only).</param>
/// <param name="Reversed">Whether the deposit was reversed (its money taken back out of the ledger).</param>
public sealed record ContributionOutput(
    Guid Id, string Contributor, string ContributorType, string? ContributorState, decimal Amount, string Currency, decimal RateToUsd,
    decimal AmountUsd, decimal FeeUsd, decimal NetUsd, string Earmark, DateOnly Date, Guid? PledgeId, Guid? AgreementId,
    long TransactionId, DateTime RecordedAt, string? RecordedBy, bool Reversed)
{
    public static ContributionOutput From(Contribution c, bool reversed) => new(
        c.Id, c.Contributor, c.ContributorType, c.ContributorState, Usd.FromMinor(c.AmountMinor), c.Currency, c.RateToUsd,
        Usd.FromMinor(c.UsdMinor), Usd.FromMinor(c.FeeMinor), Usd.FromMinor(c.UsdMinor - c.FeeMinor), c.Earmark, c.Date,
        c.PledgeId, c.AgreementId, c.TransactionId, c.RecordedAt, c.RecordedBy, reversed);
}
