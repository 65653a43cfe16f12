using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Loads commitments for a change (scope and version checked first) and saves them as a new version.</summary>
public sealed class CommitmentHistory(AppDbContext db, RecordHistory history, Guard guard)
{
    public DateTime Now => history.Now;

    /// <summary>Loads a commitment for a change, refusing a stale If-Match before anything is touched.</summary>
    public async Task<Commitment> LoadForChangeAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        // A draft is not shown to those who may not write it, so to them it does not exist.
        if (commitment is null || (!commitment.IsPublished && !await guard.AllowsAsync(user, new PlanOf(commitment.StateIso3), CommitmentsPermissions.WritePlan)))
        {
            throw new NotFoundException($"There is no commitment {id}.");
        }
        await guard.RequireAsync(user, new PlanOf(commitment.StateIso3), CommitmentsPermissions.WritePlan);
        Platform.Web.Versioning.Check(expectedVersion, commitment.Version);
        return commitment;
    }

    public Task SaveAsync(Commitment commitment, string change, CancellationToken cancellationToken) =>
        history.SaveAsync(commitment, Kind, () => CommitmentOutput.From(commitment), change, reason: null, cancellationToken);

    public const string Kind = "commitment";
}
