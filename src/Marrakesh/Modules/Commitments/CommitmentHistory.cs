using System.Text.Json;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Keeps a commitment's versions: every change bumps the version and stores the result, with who and when.</summary>
public sealed class CommitmentHistory(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

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

    /// <summary>Records the change as a new version and saves; a concurrent change in between gives 412.</summary>
    public async Task SaveAsync(Commitment commitment, string change, CancellationToken cancellationToken)
    {
        if (change != "created")
        {
            // The UPDATE only applies if nobody else bumped the version meanwhile (Version is the concurrency token).
            db.Entry(commitment).Property(c => c.Version).OriginalValue = commitment.Version;
            commitment.Version++;
        }
        commitment.UpdatedAt = Now;
        db.Set<CommitmentVersion>().Add(new CommitmentVersion
        {
            CommitmentId = commitment.Id,
            Version = commitment.Version,
            At = commitment.UpdatedAt,
            Actor = actor.Name,
            Change = change,
            Snapshot = JsonSerializer.Serialize(CommitmentOutput.From(commitment), JsonSerializerOptions.Web),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException("Someone changed this commitment at the same moment; read it again and reapply your change.");
        }
    }
}
