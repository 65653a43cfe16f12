using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Makes a pledge. A stakeholder pledges in the name of its own organisation only, a focal point in the name
/// of its State; the secretariat may record a pledge for anyone.
/// </summary>
public sealed class MakePledge(AppDbContext db, InputValidator validator, StatesContract states, PledgeRules rules, RecordHistory history)
{
    public const string Kind = "pledge";

    /// <summary>A new pledge: who pledges, and what it says.</summary>
    public sealed record Input : PledgeFields, ICreatingInput, IValidatableObject
    {
        /// <summary>state, un-entity, civil-society, private-sector, local-authority, academia, diaspora-organisation, migrant-organisation, trade-union or other.</summary>
        [RequiredField, OneOf(typeof(PledgeVocabulary), nameof(PledgeVocabulary.ActorTypes))]
        public string? ActorType { get; init; }

        /// <summary>Who pledges (the secretariat names the actor; a stakeholder pledges as its own organisation).</summary>
        [TextLength(200)]
        public string? ActorName { get; init; }

        /// <summary>For a State's pledge made by the secretariat: the State (ISO3).</summary>
        [StatesContract.State]
        public string? PledgingState { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => ShapeProblems();
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/", async Task<Created<PledgeOutput>> (Input input, ClaimsPrincipal user, MakePledge make, HttpResponse response, CancellationToken ct) =>
        {
            var pledge = await make.ExecuteAsync(user, input, ct);
            response.Headers.ETag = Versioning.ETagOf(pledge.Version);
            return TypedResults.Created($"/api/pledges/{pledge.Id}", pledge);
        }).WithName("MakePledge").WithSummary("Make a pledge; the answer carries its SMART check");

    public async Task<PledgeOutput> ExecuteAsync(ClaimsPrincipal user, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var actorType = OneOfAttribute.Canonical(input.ActorType, PledgeVocabulary.ActorTypes)!;
        var (actorName, ownerState, ownerOrganisation) = await OwnerAsync(user, actorType, input, cancellationToken);
        var pledge = new Pledge
        {
            Id = Guid.NewGuid(),
            ActorType = actorType,
            ActorName = actorName,
            OwnerState = ownerState,
            OwnerOrganisation = ownerOrganisation,
            Form = "",
            JointType = "",
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
        ClaimsPrincipal user, string actorType, Input input, CancellationToken cancellationToken)
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
