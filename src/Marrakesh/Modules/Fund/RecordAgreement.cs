using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

/// <summary>Records a signed contribution agreement: the firm commitment between a pledge and its deposits.</summary>
public sealed class RecordAgreement(IdempotentWrites writes, InputValidator validator, AppDbContext db, Ledger ledger, CommitmentsContract commitments)
{
    /// <summary>A signed contribution agreement.</summary>
    public sealed record Input
    {
        /// <summary>Who signed it.</summary>
        [RequiredField, TextLength(200)]
        public string? Contributor { get; init; }

        /// <summary>member-state, private-sector, philanthropic or other.</summary>
        [RequiredField, OneOf(typeof(FundVocabulary), nameof(FundVocabulary.ContributorTypes))]
        public string? ContributorType { get; init; }

        /// <summary>The amount committed, in <see cref="Currency"/>.</summary>
        [RequiredField, Amount]
        public decimal? Amount { get; init; }

        /// <summary>ISO 4217 code.</summary>
        [RequiredField, CurrencyCode]
        public string? Currency { get; init; }

        /// <summary>When it was signed (not in the future); today when omitted.</summary>
        [NotInFuture, NotBefore(FundVocabulary.FirstYear, 1, 1)]
        public DateOnly? SignedOn { get; init; }

        /// <summary>The financial pledge it makes firm.</summary>
        public Guid? PledgeId { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/agreements", async Task<Created<AgreementOutput>> (Input input, HttpContext http, RecordAgreement record, CancellationToken ct) =>
        {
            var written = await record.ExecuteAsync(input, FundAnswers.KeyOf(http.Request, required: false), ct);
            return FundAnswers.Created(http.Response, written, location: null);
        }).WithName("RecordAgreement").ReadsIdempotencyKey(required: false).WithSummary("Record a signed contribution agreement. Send Idempotency-Key.");

    public async Task<Written<AgreementOutput>> ExecuteAsync(Input input, string? idempotencyKey, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var currency = input.Currency!.Trim().ToUpperInvariant();
        if (input.PledgeId is { } pledge)
        {
            await FundRules.RequireFinancialPledgeAsync(commitments, pledge, currency, "pledgeId", cancellationToken);
        }
        return await writes.RunAsync(idempotencyKey, input, async c =>
        {
            var agreement = new ContributionAgreement
            {
                Id = Guid.NewGuid(),
                Contributor = input.Contributor!.Trim(),
                ContributorType = OneOfAttribute.Canonical(input.ContributorType, FundVocabulary.ContributorTypes)!,
                AmountMinor = (long)(input.Amount!.Value * 100),
                Currency = currency,
                SignedOn = input.SignedOn ?? DateOnly.FromDateTime(ledger.Now),
                PledgeId = input.PledgeId,
                RecordedAt = ledger.Now,
                RecordedBy = ledger.Actor,
            };
            db.Add(agreement);
            await db.SaveChangesAsync(c);
            return AgreementOutput.From(agreement);
        }, cancellationToken);
    }
}

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
