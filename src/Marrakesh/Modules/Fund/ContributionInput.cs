namespace Marrakesh.Modules.Fund;

/// <summary>A deposit into the fund.</summary>
/// <param name="Contributor">Who gave the money, e.g. "Germany" or a foundation's name.</param>
/// <param name="ContributorType">member-state, private-sector, philanthropic or other.</param>
/// <param name="ContributorState">For a Member State: its ISO3 code, so the fund's figures can be shown by region.</param>
/// <param name="Amount">The amount received, in <paramref name="Currency"/>, at most two decimals.</param>
/// <param name="Currency">ISO 4217 code of the currency received.</param>
/// <param name="RateToUsd">USD per unit of the currency on the day of deposit; required unless the currency is USD.</param>
/// <param name="Earmark">none, thematic:N (a thematic area) or country:ISO3.</param>
/// <param name="Date">Value date of the deposit (ISO 8601); today when omitted.</param>
/// <param name="PledgeId">The financial pledge this deposit honours.</param>
/// <param name="AgreementId">The signed contribution agreement this deposit pays into.</param>
public sealed record ContributionInput(
    string? Contributor, string? ContributorType, string? ContributorState, decimal? Amount, string? Currency,
    decimal? RateToUsd, string? Earmark, DateOnly? Date, Guid? PledgeId, Guid? AgreementId);
