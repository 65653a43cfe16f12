using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Makes a pledge. A stakeholder pledges in the name of its own organisation only, a focal point in the name
/// of its State; the secretariat may record a pledge for anyone.
/// </summary>
public sealed class MakePledge(AppDbContext db, StatesContract states, PledgeRules rules, RecordHistory history)
{
    public const string Kind = "pledge";

    public async Task<PledgeOutput> ExecuteAsync(ClaimsPrincipal user, PledgeInput input, CancellationToken cancellationToken)
    {
        var actorType = PledgeRules.OneOf(input.ActorType ?? "", PledgeVocabulary.ActorTypes, "actorType");
        var (actorName, ownerState, ownerOrganisation) = await OwnerAsync(user, actorType, input, cancellationToken);
        foreach (var (value, field) in new[] { (input.Form, "form"), (input.JointType, "jointType"), (input.Narrative, "narrative") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidInputException(field, "This field is required.");
            }
        }
        if (input.Objectives is null)
        {
            throw new InvalidInputException("objectives", "Name at least one objective the pledge serves.");
        }
        var pledge = new Pledge
        {
            Id = Guid.NewGuid(),
            ActorType = actorType,
            ActorName = actorName,
            OwnerState = ownerState,
            OwnerOrganisation = ownerOrganisation,
            Form = input.Form!,
            JointType = input.JointType!,
            Narrative = "",
            CreatedAt = history.Now,
        };
        await rules.ApplyAsync(pledge, input, cancellationToken);
        db.Set<Pledge>().Add(pledge);
        await PledgeObjectiveIndex.SyncAsync(db, pledge, cancellationToken);
        await history.SaveAsync(pledge, Kind, () => PledgeOutput.From(pledge), "created", reason: null, cancellationToken);
        return PledgeOutput.From(pledge);
    }

    private async Task<(string Name, string? State, string? Organisation)> OwnerAsync(
        ClaimsPrincipal user, string actorType, PledgeInput input, CancellationToken cancellationToken)
    {
        if (user.IsSecretariat())
        {
            if (actorType == PledgeVocabulary.State)
            {
                var state = await states.RequireStateAsync(input.PledgingState, "pledgingState", cancellationToken);
                return (await states.NameAsync(state, cancellationToken), state, null);
            }
            var name = InputText.Trimmed(input.ActorName, "actorName", 200)
                ?? throw new InvalidInputException("actorName", "Say who makes the pledge.");
            return (name, null, name);
        }
        if (user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() is { } own)
        {
            if (actorType != PledgeVocabulary.State)
            {
                throw new ForbiddenException("A focal point pledges in the name of its State (actorType state); organisations pledge through their own accounts.");
            }
            if (input.PledgingState is not null && !string.Equals(input.PledgingState.Trim(), own, StringComparison.OrdinalIgnoreCase))
            {
                throw new ForbiddenException($"You pledge for {own} only.");
            }
            return (await states.NameAsync(own, cancellationToken), own, null);
        }
        if (user.IsInRole(Roles.Stakeholder) && user.Organisation() is { } organisation)
        {
            if (actorType == PledgeVocabulary.State)
            {
                throw new ForbiddenException("Only a State's focal points or the secretariat pledge in a State's name.");
            }
            if (input.ActorName is not null && !string.Equals(input.ActorName.Trim(), organisation, StringComparison.OrdinalIgnoreCase))
            {
                throw new ForbiddenException($"You pledge in the name of {organisation} only.");
            }
            return (organisation, null, organisation);
        }
        throw new ForbiddenException("Pledges are made by State focal points, stakeholders (for their organisation) and the secretariat.");
    }
}
