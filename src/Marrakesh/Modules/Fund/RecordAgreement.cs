using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Fund;

/// <summary>Records a signed contribution agreement: the firm commitment between a pledge and its deposits.</summary>
public sealed class RecordAgreement(AppDbContext db, Ledger ledger, CommitmentsContract commitments)
{
    public async Task<AgreementOutput> ExecuteAsync(AgreementInput input, CancellationToken cancellationToken)
    {
        var contributor = InputText.Trimmed(input.Contributor, "contributor", 200)
            ?? throw new InvalidInputException("contributor", "Say who signed the agreement.");
        var currency = Money.Currency(input.Currency, "currency");
        var amount = input.Amount is > 0 ? Money.ToMinor(input.Amount.Value, "amount")
            : throw new InvalidInputException("amount", "An amount must be more than zero.");
        if (input.PledgeId is { } pledge)
        {
            await FundRules.RequireFinancialPledgeAsync(commitments, pledge, currency, "pledgeId", cancellationToken);
        }
        var agreement = new ContributionAgreement
        {
            Id = Guid.NewGuid(),
            Contributor = contributor,
            ContributorType = OneOfAttribute.Require(input.ContributorType, FundVocabulary.ContributorTypes, "contributorType"),
            AmountMinor = amount,
            Currency = currency,
            SignedOn = FundRules.NotInFuture(input.SignedOn ?? DateOnly.FromDateTime(ledger.Now), "signedOn", ledger.Now),
            PledgeId = input.PledgeId,
            RecordedAt = ledger.Now,
            RecordedBy = ledger.Actor,
        };
        db.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return AgreementOutput.From(agreement);
    }
}

/// <summary>A signed contribution agreement.</summary>
/// <param name="Contributor">Who signed it.</param>
/// <param name="ContributorType">member-state, private-sector, philanthropic or other.</param>
/// <param name="Amount">The amount committed, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="SignedOn">When it was signed; today when omitted.</param>
/// <param name="PledgeId">The financial pledge it makes firm.</param>
public sealed record AgreementInput(string? Contributor, string? ContributorType, decimal? Amount, string? Currency, DateOnly? SignedOn, Guid? PledgeId);

/// <summary>A signed contribution agreement as recorded.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Contributor">Who signed it.</param>
/// <param name="ContributorType">The contributor's type.</param>
/// <param name="Amount">Amount committed.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="SignedOn">Signature date.</param>
/// <param name="PledgeId">The pledge it makes firm.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record AgreementOutput(Guid Id, string Contributor, string ContributorType, decimal Amount, string Currency, DateOnly SignedOn, Guid? PledgeId, string? RecordedBy)
{
    public static AgreementOutput From(ContributionAgreement a) =>
        new(a.Id, a.Contributor, a.ContributorType, Usd.FromMinor(a.AmountMinor), a.Currency, a.SignedOn, a.PledgeId, a.RecordedBy);
}
