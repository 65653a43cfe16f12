using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Loads a pledge for a change by its owner: the pledging State's focal points, the pledging organisation's stakeholders, or the secretariat.</summary>
public sealed class PledgeAccess(AppDbContext db)
{
    public static bool MayChange(ClaimsPrincipal user, Pledge pledge) =>
        user.IsSecretariat()
        || (pledge.OwnerState is not null && user.MayActForState(pledge.OwnerState))
        || (pledge.OwnerOrganisation is not null && user.IsInRole(Roles.Stakeholder)
            && string.Equals(user.Organisation(), pledge.OwnerOrganisation, StringComparison.OrdinalIgnoreCase));

    public async Task<bool> MayChangeAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } pledge && MayChange(user, pledge);

    public async Task<Pledge> LoadForChangeAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var pledge = await db.Set<Pledge>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no pledge {id}.");
        if (!MayChange(user, pledge))
        {
            throw new ForbiddenException($"Only {pledge.ActorName} (or the secretariat) changes this pledge.");
        }
        Platform.Web.Versioning.Check(expectedVersion, pledge.Version);
        return pledge;
    }
}
