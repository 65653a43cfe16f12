using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Who sees and acts on a request. Open requests are private to the requesting State's focal points and the secretariat
/// (anyone else is told there is no such request); closed and declined ones are public, as the hub's record of outcomes.
/// </summary>
public sealed class RequestAccess(AppDbContext db)
{
    public static bool MayAct(ClaimsPrincipal user, SupportRequest request) => user.MayActForState(request.StateIso3);

    public static bool MaySee(ClaimsPrincipal user, SupportRequest request) => !request.IsOpen || MayAct(user, request);

    /// <summary>The requests this person may see.</summary>
    public static IQueryable<SupportRequest> Visible(IQueryable<SupportRequest> requests, ClaimsPrincipal user)
    {
        if (user.IsSecretariat())
        {
            return requests;
        }
        var own = user.IsInRole(Roles.StateFocalPoint) ? user.StateIso3() : null;
        return requests.Where(r => r.Status == HubVocabulary.Closed || r.Status == HubVocabulary.Declined || r.StateIso3 == own);
    }

    /// <summary>A request the person may see (tracked when <paramref name="forChange"/>), or 404.</summary>
    public async Task<SupportRequest> LoadVisibleAsync(ClaimsPrincipal user, Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var requests = forChange ? db.Set<SupportRequest>() : db.Set<SupportRequest>().AsNoTracking();
        var request = await requests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request is not null && MaySee(user, request) ? request : throw new NotFoundException($"There is no request {id}.");
    }

    /// <summary>A request the person may act on: the State's focal points and the secretariat; 404 when hidden, 403 when only visible.</summary>
    public async Task<SupportRequest> LoadForChangeAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var request = await LoadVisibleAsync(user, id, forChange: true, cancellationToken);
        return MayAct(user, request) ? request : throw new ForbiddenException($"Only {request.StateIso3}'s focal points and the secretariat act on this request.");
    }

    /// <summary>A request only the secretariat moves on.</summary>
    public async Task<SupportRequest> LoadForSecretariatAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var request = await LoadVisibleAsync(user, id, forChange: true, cancellationToken);
        return user.IsSecretariat() ? request : throw new ForbiddenException("Only the secretariat moves a request through the hub's steps.");
    }
}
