using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// The secretariat's choice of partners for an open request, whatever the ranking says: the engaged offers show as
/// chosen among the matches and count against their capacity while the request is open.
/// </summary>
public sealed class EngagePartners(AppDbContext db, InputValidator validator, RequestAccess access, RecordHistory history, RequestQueries queries)
{
    public const int MaxPartners = 20;

    /// <summary>The offers the secretariat engages for a request; replaces the previous choice.</summary>
    public sealed record Input : IValidatableObject
    {
        /// <summary>Offer ids, at most 20; an empty list clears the choice.</summary>
        [ListItems(Max = MaxPartners)]
        public List<Guid>? Offers { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Offers is null)
            {
                yield return new(ValidationText.Get("OffersList"), [nameof(Offers)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPut("/requests/{id:guid}/partners", async Task<Ok<RequestOutput>> (
            Guid id, Input input, ClaimsPrincipal user, EngagePartners engage, HttpResponse response, CancellationToken ct) =>
        {
            var engaged = await engage.ExecuteAsync(user, id, input, ct);
            return Versioning.OkWithETag(response, engaged, engaged.Version);
        }).WithName("EngageHubPartners")
            .WithSummary("Record the offers engaged for an open request (secretariat); they show as chosen among the matches")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var request = await access.LoadForSecretariatAsync(user, id, cancellationToken);
        var wanted = input.Offers!.Distinct().ToList();
        if (!request.IsOpen)
        {
            throw new DomainRuleException($"This request is {request.Status}; its partners no longer change.");
        }
        var known = await db.Set<SupportOffer>().Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        if (wanted.Except(known).ToList() is [var unknown, ..])
        {
            throw new InvalidInputException("offers", $"There is no offer {unknown}.");
        }
        var rows = db.Set<SupportRequestPartner>();
        var current = await rows.Where(p => p.RequestId == id).ToListAsync(cancellationToken);
        rows.RemoveRange(current.Where(p => !wanted.Contains(p.OfferId)));
        rows.AddRange(wanted.Where(w => current.All(p => p.OfferId != w)).Select(w => new SupportRequestPartner { RequestId = id, OfferId = w, At = history.Now }));
        await history.SaveAsync(request, SubmitRequest.Kind, () => new { request.Id, partners = wanted }, "partners", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
