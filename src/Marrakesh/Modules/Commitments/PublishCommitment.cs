using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Commitments;

/// <summary>Makes a draft commitment public.</summary>
public sealed class PublishCommitment(CommitmentHistory history)
{
    public async Task<CommitmentOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var commitment = await history.LoadForChangeAsync(id, expectedVersion, user.MayActForState, cancellationToken);
        commitment.Publish(history.Now);
        await history.SaveAsync(commitment, "published", cancellationToken);
        return CommitmentOutput.From(commitment);
    }
}
