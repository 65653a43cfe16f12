using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Fund;

/// <summary>Rules shared by the fund's use cases.</summary>
internal static class FundRules
{
    /// <summary>Far above any currency's value in dollars today (the strongest is worth a few dollars).</summary>
    public const decimal RateMax = 1_000m;

    /// <summary>Participating organisations' acronyms, upper case and unique, in the order given.</summary>
    public static List<string> Acronyms(IEnumerable<string>? organisations) =>
        [.. (organisations ?? []).Select(o => o.Trim().ToUpperInvariant()).Distinct()];

    public static async Task<CommitmentsContract.PledgedMoney> RequireFinancialPledgeAsync(
        CommitmentsContract commitments, Guid pledgeId, string currency, string field, CancellationToken cancellationToken)
    {
        var pledge = await commitments.PledgedMoneyAsync(pledgeId, cancellationToken)
            ?? throw new InvalidInputException(field, "No pledge has this id.");
        if (!pledge.IsFinancial)
        {
            throw new DomainRuleException("Only a financial pledge with an amount can be honoured by money.");
        }
        return pledge.Currency == currency
            ? pledge
            : throw new DomainRuleException($"The pledge is in {pledge.Currency}; the money that honours it is recorded in the same currency.");
    }
}

/// <summary>A UN organisation's acronym as the UN Network writes it (IOM, UN-Habitat); case does not matter.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class UnAcronymAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) =>
        Acronym().IsMatch(((string)value).Trim().ToUpperInvariant()) ? null : ValidationText.Get("Acronym", value);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][A-Z0-9-]{1,19}$")]
    private static partial System.Text.RegularExpressions.Regex Acronym();
}

/// <summary>The number of one of the fund's thematic areas.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ThematicAreaNumberAttribute : ValueRuleAttribute, IDeclaredRule
{
    public RuleFacts Facts => new() { Minimum = ThematicAreasReferenceData.Numbers.Min(), Maximum = ThematicAreasReferenceData.Numbers.Max() };

    protected override string? Problem(object value) =>
        ThematicAreasReferenceData.Numbers.Contains((int)value) ? null : ValidationText.Get("ThematicArea", value, ThematicAreasReferenceData.Numbers.Count);
}
