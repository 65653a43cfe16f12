using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Loads commitments for a change (scope and version checked first) and saves them as a new version.</summary>
public sealed class CommitmentHistory(AppDbContext db, RecordHistory history)
{
    public DateTime Now => history.Now;

    /// <summary>Loads a commitment for a change, refusing a stale If-Match before anything is touched.</summary>
    public async Task<Commitment> LoadForChangeAsync(Guid id, int expectedVersion, Func<string, bool> mayActFor, CancellationToken cancellationToken)
    {
        var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null || (!commitment.IsPublished && !mayActFor(commitment.StateIso3)))
        {
            throw new NotFoundException($"There is no commitment {id}.");
        }
        if (!mayActFor(commitment.StateIso3))
        {
            throw new ForbiddenException($"Only {commitment.StateIso3}'s focal points and the secretariat change this plan.");
        }
        Platform.Web.Versioning.Check(expectedVersion, commitment.Version);
        return commitment;
    }

    public Task SaveAsync(Commitment commitment, string change, CancellationToken cancellationToken) =>
        history.SaveAsync(commitment, Kind, () => CommitmentOutput.From(commitment), change, reason: null, cancellationToken);

    public const string Kind = "commitment";
}
