using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.States;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Records a deposit and posts it: the administrative agent's 1% fee is set aside and the rest enters the pool
/// its earmark names. One transaction, under the caller's idempotency key.
/// </summary>
public sealed class RecordContribution(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger, CommitmentsContract commitments)
{
    /// <summary>A deposit into the fund.</summary>
    public sealed record Input : IValidatableObject
    {
        /// <summary>Who gave the money, e.g. "Germany" or a foundation's name.</summary>
        [RequiredField, TextLength(200)]
        public string? Contributor { get; init; }

        /// <summary>member-state, private-sector, philanthropic or other.</summary>
        [RequiredField, OneOf(typeof(FundVocabulary), nameof(FundVocabulary.ContributorTypes))]
        public string? ContributorType { get; init; }

        /// <summary>For a Member State: its ISO3 code, so the fund's figures can be shown by region.</summary>
        [StatesContract.State]
        public string? ContributorState { get; init; }

        /// <summary>The amount received, in <see cref="Currency"/>, at most two decimals.</summary>
        [RequiredField, Amount]
        public decimal? Amount { get; init; }

        /// <summary>ISO 4217 code of the currency received.</summary>
        [RequiredField, CurrencyCode]
        public string? Currency { get; init; }

        /// <summary>USD per unit of the currency on the day of deposit; required unless the currency is USD.</summary>
        public decimal? RateToUsd { get; init; }

        /// <summary>none, thematic:N (a thematic area) or country:ISO3.</summary>
        [EarmarkCode]
        public string? Earmark { get; init; }

        /// <summary>Value date of the deposit (ISO 8601, not in the future); today when omitted.</summary>
        [NotInFuture, NotBefore(FundVocabulary.FirstYear, 1, 1)]
        public DateOnly? Date { get; init; }

        /// <summary>The financial pledge this deposit honours.</summary>
        public Guid? PledgeId { get; init; }

        /// <summary>The signed contribution agreement this deposit pays into.</summary>
        public Guid? AgreementId { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (ContributorState is not null && OneOfAttribute.Canonical(ContributorType, FundVocabulary.ContributorTypes) is not ("member-state" or null))
            {
                yield return new(ValidationText.Get("StateOnlyForMemberState"), [nameof(ContributorState)]);
            }
            if (RateProblem() is { } problem)
            {
                yield return new(problem, [nameof(RateToUsd)]);
            }
        }

        private string? RateProblem() => (Currency?.Trim().ToUpperInvariant(), RateToUsd) switch
        {
            ("USD", null or 1m) or (null, _) => null,
            ("USD", _) => ValidationText.Get("RateForUsd"),
            (_, null) => ValidationText.Get("RateRequired"),
            (_, <= 0 or > FundRules.RateMax) => ValidationText.Get("RateRange", FundRules.RateMax),
            (_, { } rate) when decimal.Round(rate, 8) != rate => ValidationText.Get("RateDecimals"),
            _ => null,
        };
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/contributions", async Task<Created<ContributionOutput>> (Input input, HttpContext http, RecordContribution record, CancellationToken ct) =>
        {
            var written = await record.ExecuteAsync(input, FundAnswers.KeyOf(http.Request, required: true), ct);
            return FundAnswers.Created(http.Response, written, $"/api/fund/contributions/{written.Output.Id}");
        }).WithName("RecordContribution").ReadsIdempotencyKey(required: true)
            .WithSummary("Record a deposit: 1% is set aside for the administrative agent, the rest enters its earmark's pool. Send Idempotency-Key.");

    public async Task<Written<ContributionOutput>> ExecuteAsync(Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        return await writes.RunAsync(idempotencyKey, input, c => DepositAsync(input, c), cancellationToken);
    }

    private async Task<ContributionOutput> DepositAsync(Input input, CancellationToken cancellationToken)
    {
        var currency = input.Currency!.Trim().ToUpperInvariant();
        var rate = currency == "USD" ? 1m : input.RateToUsd!.Value;
        var amountMinor = (long)(input.Amount!.Value * 100);
        var usdValue = decimal.Round(amountMinor * rate, MidpointRounding.AwayFromZero);
        if (usdValue > Money.MaxMinor)
        {
            throw new InvalidInputException("amount", $"The deposit is worth more than {Usd.Format(Money.MaxMinor)} USD; record it in parts.");
        }
        if (usdValue < 1)
        {
            throw new InvalidInputException("amount", "The amount is worth less than one US cent.");
        }
        var contributor = input.Contributor!.Trim();
        var (agreement, pledge) = await LinksAsync(input, contributor, currency, cancellationToken);
        var contribution = new Contribution
        {
            Id = Guid.NewGuid(),
            Contributor = contributor,
            ContributorType = OneOfAttribute.Canonical(input.ContributorType, FundVocabulary.ContributorTypes)!,
            ContributorState = input.ContributorState?.Trim().ToUpperInvariant(),
            AmountMinor = amountMinor,
            Currency = currency,
            RateToUsd = rate,
            UsdMinor = (long)usdValue,
            FeeMinor = FundVocabulary.FeeOn((long)usdValue),
            Earmark = Earmark.Canonical(input.Earmark)!,
            Date = input.Date ?? DateOnly.FromDateTime(ledger.Now),
            PledgeId = pledge,
            AgreementId = agreement,
            RecordedAt = ledger.Now,
            RecordedBy = ledger.Actor,
        };
        var posting = await ledger.PostAsync(
            new LedgerTransaction { Kind = FundVocabulary.Deposit, Date = contribution.Date, RecordedAt = ledger.Now, RecordedBy = ledger.Actor, ContributionId = contribution.Id, Memo = contributor },
            [
                (LedgerAccounts.Contributions, -contribution.UsdMinor),
                (LedgerAccounts.Pool(contribution.Earmark), contribution.UsdMinor - contribution.FeeMinor),
                .. contribution.FeeMinor > 0 ? [(LedgerAccounts.Fees, contribution.FeeMinor)] : Array.Empty<(string, long)>(),
            ],
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        contribution.TransactionId = posting.Id;
        db.Add(contribution);
        return ContributionOutput.From(contribution, reversed: false);
    }

    private async Task<(Guid? Agreement, Guid? Pledge)> LinksAsync(Input input, string contributor, string currency, CancellationToken cancellationToken)
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
