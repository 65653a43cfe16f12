using System.Security.Claims;
using Marrakesh.Accounts;

namespace Marrakesh.Modules.Commitments;

/// <summary>Changes a commitment (draft or published); the previous state stays in its history.</summary>
public sealed class ChangeCommitment(CommitmentRules rules, CommitmentHistory history)
{
    public async Task<CommitmentOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CommitmentInput input, CancellationToken cancellationToken)
    {
        var commitment = await history.LoadForChangeAsync(id, expectedVersion, user.MayActForState, cancellationToken);
        await rules.ApplyAsync(commitment, input, cancellationToken);
        await history.SaveAsync(commitment, "updated", cancellationToken);
        return CommitmentOutput.From(commitment);
    }
}
