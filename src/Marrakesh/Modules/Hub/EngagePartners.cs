using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// The secretariat's choice of partners for an open request, whatever the ranking says: the engaged offers show as
/// chosen among the matches and count against their capacity while the request is open.
/// </summary>
public sealed class EngagePartners(AppDbContext db, RequestAccess access, RecordHistory history, RequestQueries queries)
{
    public const int MaxPartners = 20;

    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, PartnersInput input, CancellationToken cancellationToken)
    {
        var request = await access.LoadForSecretariatAsync(user, id, cancellationToken);
        var wanted = (input.Offers ?? throw new InvalidInputException("offers", "List the offers engaged (an empty list clears them).")).Distinct().ToList();
        if (wanted.Count > MaxPartners)
        {
            throw new InvalidInputException("offers", $"Engage at most {MaxPartners} offers.");
        }
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
