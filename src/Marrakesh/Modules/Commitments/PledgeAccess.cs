using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Loads a pledge for a change by those <see cref="CommitmentsPermissions.ChangePledge"/> allows.</summary>
public sealed class PledgeAccess(AppDbContext db, Guard guard)
{
    public async Task<bool> MayChangeAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } pledge
        && await guard.AllowsAsync(user, pledge, CommitmentsPermissions.ChangePledge);

    public async Task<Pledge> LoadForChangeAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var pledge = await db.Set<Pledge>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no pledge {id}.");
        await guard.RequireAsync(user, pledge, CommitmentsPermissions.ChangePledge);
        Platform.Web.Versioning.Check(expectedVersion, pledge.Version);
        return pledge;
    }
}
