using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// Who sees and who changes a practice. Published ones are public. Until then only its authors see it — the
/// account that submitted it, its organisation's stakeholders or its State's focal points — and the secretariat;
/// to everyone else it does not exist (404).
/// </summary>
public sealed class PracticeAccess(AppDbContext db)
{
    public static bool IsAuthor(ClaimsPrincipal user, Practice practice) =>
        (user.Id() is { } id && id == practice.AuthorId)
        || (practice.OwnerState is not null && user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() == practice.OwnerState)
        || (practice.OwnerOrganisation is not null && user.IsInRole(Roles.Stakeholder)
            && string.Equals(user.Organisation(), practice.OwnerOrganisation, StringComparison.OrdinalIgnoreCase));

    public static bool MaySee(ClaimsPrincipal user, Practice practice) =>
        practice.IsPublic || user.IsSecretariat() || IsAuthor(user, practice);

    public static bool MayEdit(ClaimsPrincipal user, Practice practice) => user.IsSecretariat() || IsAuthor(user, practice);

    /// <summary>A practice the caller may see, tracked when it is to be changed.</summary>
    public async Task<Practice> LoadVisibleAsync(ClaimsPrincipal user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var practices = tracked ? db.Set<Practice>() : db.Set<Practice>().AsNoTracking();
        var practice = await practices.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return practice is not null && MaySee(user, practice) ? practice : throw new NotFoundException($"There is no practice {id}.");
    }

    /// <summary>A practice its author (or the secretariat) is about to edit, at the version they read.</summary>
    public async Task<Practice> LoadForEditAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var practice = await LoadVisibleAsync(user, id, tracked: true, cancellationToken);
        if (!MayEdit(user, practice))
        {
            throw new ForbiddenException($"Only the authors of this practice ({practice.Organisation}) or the secretariat edit it.");
        }
        Versioning.Check(expectedVersion, practice.Version);
        return practice;
    }
}
