using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Versions;

namespace Marrakesh.Modules.Commitments;

/// <summary>Removes a draft commitment; the audit trail keeps what it was.</summary>
public sealed class RemoveCommitment(AppDbContext db, CommitmentHistory history)
{
    public async Task ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var commitment = await history.LoadForChangeAsync(id, expectedVersion, user.MayActForState, cancellationToken);
        commitment.EnsureRemovable();
        db.Set<Commitment>().Remove(commitment);
        // Its versions go with the draft; the audit trail keeps every one of them.
        db.Set<RecordVersion>().RemoveRange(db.Set<RecordVersion>().Where(v => v.Kind == CommitmentHistory.Kind && v.RecordId == id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
