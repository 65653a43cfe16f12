using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Commitments;

/// <summary>A focal point (or the secretariat) adds a draft commitment to a State's plan.</summary>
public sealed class AddCommitment(AppDbContext db, StatesContract states, CommitmentRules rules, CommitmentHistory history)
{
    public async Task<CommitmentOutput> ExecuteAsync(ClaimsPrincipal user, string iso3, CommitmentInput input, CancellationToken cancellationToken)
    {
        var state = await states.RequireExistingAsync(iso3, cancellationToken);
        if (!user.MayActForState(state))
        {
            throw new ForbiddenException($"Only {state}'s focal points and the secretariat write {state}'s plan.");
        }
        if (input.Objective is null)
        {
            throw new InvalidInputException("objective", "Say which objective (1 to 23) the commitment serves.");
        }
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            throw new InvalidInputException("description", "Say what the State commits to do.");
        }
        var commitment = new Commitment { Id = Guid.NewGuid(), StateIso3 = state, Description = "", CreatedAt = history.Now, Objective = 0 };
        await rules.ApplyAsync(commitment, input, cancellationToken);
        db.Set<Commitment>().Add(commitment);
        await history.SaveAsync(commitment, "created", cancellationToken);
        return CommitmentOutput.From(commitment);
    }
}
