using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Records a deposit and posts it: the administrative agent's 1% fee is set aside and the rest enters the pool
/// its earmark names. Runs inside the caller's transaction (see <see cref="IdempotentWrites"/>).
/// </summary>
public sealed class RecordContribution(AppDbContext db, Ledger ledger, StatesContract states, CommitmentsContract commitments)
{
    public async Task<ContributionOutput> ExecuteAsync(ContributionInput input, CancellationToken cancellationToken)
    {
        var contributor = InputText.Trimmed(input.Contributor, "contributor", 200)
            ?? throw new InvalidInputException("contributor", "Say who gave the money.");
        var contributorType = OneOfAttribute.Require(input.ContributorType, FundVocabulary.ContributorTypes, "contributorType");
        var contributorState = input.ContributorState is null ? null : await states.RequireStateAsync(input.ContributorState, "contributorState", cancellationToken);
        if (contributorState is not null && contributorType != "member-state")
        {
            throw new InvalidInputException("contributorState", "Only a member-state contribution names a State.");
        }
        var amountMinor = input.Amount is > 0 ? Money.ToMinor(input.Amount.Value, "amount")
            : throw new InvalidInputException("amount", input.Amount is null ? "Give the amount received." : "An amount must be more than zero.");
        var currency = Money.Currency(input.Currency, "currency");
        var rate = FundRules.RateToUsd(input.RateToUsd, currency);
        var usdValue = decimal.Round(amountMinor * rate, MidpointRounding.AwayFromZero);
        if (usdValue > Money.MaxMinor)
        {
            throw new InvalidInputException("amount", $"The deposit is worth more than {Usd.Format(Money.MaxMinor)} USD; record it in parts.");
        }
        var usdMinor = (long)usdValue;
        if (usdMinor <= 0)
        {
            throw new InvalidInputException("amount", "The amount is worth less than one US cent.");
        }
        var earmark = await Earmark.ParseAsync(input.Earmark, "earmark", db, states, cancellationToken);
        var date = FundRules.NotInFuture(input.Date ?? DateOnly.FromDateTime(ledger.Now), "date", ledger.Now);
        var (agreement, pledge) = await LinksAsync(input, contributor, currency, cancellationToken);

        var contribution = new Contribution
        {
            Id = Guid.NewGuid(),
            Contributor = contributor,
            ContributorType = contributorType,
            ContributorState = contributorState,
            AmountMinor = amountMinor,
            Currency = currency,
            RateToUsd = rate,
            UsdMinor = usdMinor,
            FeeMinor = FundVocabulary.FeeOn(usdMinor),
            Earmark = earmark,
            Date = date,
            PledgeId = pledge,
            AgreementId = agreement,
            RecordedAt = ledger.Now,
            RecordedBy = ledger.Actor,
        };
        var posting = await ledger.PostAsync(
            new LedgerTransaction { Kind = FundVocabulary.Deposit, Date = date, RecordedAt = ledger.Now, RecordedBy = ledger.Actor, ContributionId = contribution.Id, Memo = contributor },
            [
                (LedgerAccounts.Contributions, -usdMinor),
                (LedgerAccounts.Pool(earmark), usdMinor - contribution.FeeMinor),
                .. contribution.FeeMinor > 0 ? [(LedgerAccounts.Fees, contribution.FeeMinor)] : Array.Empty<(string, long)>(),
            ],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        contribution.TransactionId = posting.Id;
        db.Add(contribution);
        await db.SaveChangesAsync(cancellationToken);
        return ContributionOutput.From(contribution, reversed: false);
    }

    private async Task<(Guid? Agreement, Guid? Pledge)> LinksAsync(ContributionInput input, string contributor, string currency, CancellationToken cancellationToken)
    {
        var pledge = input.PledgeId;
        if (input.AgreementId is { } agreementId)
        {
            var agreement = await db.Set<ContributionAgreement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken)
                ?? throw new InvalidInputException("agreementId", "No contribution agreement has this id.");
            if (!string.Equals(agreement.Contributor, contributor, StringComparison.OrdinalIgnoreCase) || agreement.Currency != currency)
            {
                throw new DomainRuleException($"The agreement is with {agreement.Contributor} in {agreement.Currency}; a deposit into it comes from the same contributor in the same currency.");
            }
            if (pledge is not null && agreement.PledgeId is not null && pledge != agreement.PledgeId)
            {
                throw new DomainRuleException("The deposit names another pledge than its agreement does.");
            }
            pledge ??= agreement.PledgeId;
        }
        if (pledge is { } pledgeId)
        {
            await FundRules.RequireFinancialPledgeAsync(commitments, pledgeId, currency, "pledgeId", cancellationToken);
        }
        return (input.AgreementId, pledge);
    }
}
