using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Who sees and acts on a request, as <see cref="HubPermissions"/> declares. Open requests are private to those who
/// may act on them (anyone else is told there is no such request); closed and declined ones are public, as the hub's
/// record of outcomes.
/// </summary>
public sealed class RequestAccess(AppDbContext db, Guard guard)
{
    public Task<bool> MayActAsync(ClaimsPrincipal user, string iso3) =>
        guard.AllowsAsync(user, new RequestFor(iso3), HubPermissions.RequestSupport);

    public async Task<bool> MaySeeAsync(ClaimsPrincipal user, SupportRequest request) =>
        !request.IsOpen || await MayActAsync(user, request.StateIso3);

    /// <summary>The requests this person may see: the query form of <see cref="MaySeeAsync"/>.</summary>
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
        return request is not null && await MaySeeAsync(user, request) ? request : throw new NotFoundException($"There is no request {id}.");
    }

    /// <summary>A request the person may act on, tracked for a change.</summary>
    public Task<SupportRequest> LoadForChangeAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        LoadToActOnAsync(user, id, forChange: true, cancellationToken);

    /// <summary>A request the person may act on: the State's focal points and the secretariat; 404 when hidden, 403 when only visible.</summary>
    public async Task<SupportRequest> LoadToActOnAsync(ClaimsPrincipal user, Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var request = await LoadVisibleAsync(user, id, forChange, cancellationToken);
        await guard.RequireAsync(user, new RequestFor(request.StateIso3), HubPermissions.RequestSupport);
        return request;
    }

    /// <summary>A request only the secretariat moves on; 404 when hidden, 403 when only visible.</summary>
    public async Task<SupportRequest> LoadForSecretariatAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var request = await LoadVisibleAsync(user, id, forChange: true, cancellationToken);
        await guard.RequireAsync(user, request, HubPermissions.MoveRequest);
        return request;
    }
}
