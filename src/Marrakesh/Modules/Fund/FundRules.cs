using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Fund;

/// <summary>Input rules shared by the fund's use cases.</summary>
internal static class FundRules
{
    /// <summary>Far above any currency's value in dollars today (the strongest is worth a few dollars).</summary>
    public const decimal RateMax = 1_000m;

    /// <summary>The recorded rate; USD needs none (and only 1 makes sense for it).</summary>
    public static decimal RateToUsd(decimal? rate, string currency)
    {
        if (currency == "USD")
        {
            return rate is null or 1m ? 1m : throw new InvalidInputException("rateToUsd", "A deposit in USD has a rate of 1.");
        }
        return rate switch
        {
            null => throw new InvalidInputException("rateToUsd", $"Record the rate from {currency} to USD on the day of deposit."),
            <= 0 or > RateMax => throw new InvalidInputException("rateToUsd", "A rate must be more than zero and sensible."),
            _ when decimal.Round(rate.Value, 8) != rate.Value => throw new InvalidInputException("rateToUsd", "Give the rate with at most eight decimals."),
            _ => rate.Value,
        };
    }

    public static DateOnly NotInFuture(DateOnly date, string field, DateTime now) =>
        date <= DateOnly.FromDateTime(now)
            ? date
            : throw new InvalidInputException(field, "Money is recorded once it has moved; this date is in the future.");

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
