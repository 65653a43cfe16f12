using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Amends a pledge: the pledge changes in place and the change becomes a new version with its reason,
/// so raising 100 to 150 shows one pledge of 150 with its history, never two pledges.
/// </summary>
public sealed class AmendPledge(AppDbContext db, PledgeAccess access, PledgeRules rules, RecordHistory history, PledgeQueries queries)
{
    public async Task<PledgeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, PledgeInput input, CancellationToken cancellationToken)
    {
        if (input.ActorType is not null || input.ActorName is not null || input.PledgingState is not null)
        {
            throw new InvalidInputException("actorType", "Who pledges cannot change; withdraw this pledge and make a new one.");
        }
        var reason = InputText.Trimmed(input.Reason, "reason", 1000)
            ?? throw new InvalidInputException("reason", "Say why the pledge is amended.");
        var pledge = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        pledge.EnsureOpen();
        await rules.ApplyAsync(pledge, input, cancellationToken);
        await PledgeObjectiveIndex.SyncAsync(db, pledge, cancellationToken);
        await history.SaveAsync(pledge, MakePledge.Kind, () => PledgeOutput.From(pledge), "amended", reason, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }
}
