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
public sealed class MakePledge(AppDbContext db, InputValidator validator, Guard guard, StatesContract states, PledgeRules rules, RecordHistory history)
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
        var author = AuthorOf(user, actorType, input);
        await guard.RequireAsync(user, author, CommitmentsPermissions.PledgeAs);
        if (author.State is { } state)
        {
            return (await states.NameAsync(state, cancellationToken), state, null);
        }
        // A stakeholder's pledge carries its organisation's name as the account holds it.
        var organisation = user.IsSecretariat() ? author.Organisation! : user.Organisation()!;
        return (organisation, null, organisation);
    }

    /// <summary>In whose name the pledge would be made: as the secretariat says, or the caller's own State or organisation.</summary>
    private static PledgeAuthor AuthorOf(ClaimsPrincipal user, string actorType, Input input)
    {
        var named = input.ActorName?.Trim() is { Length: > 0 } name ? name : null;
        var state = input.PledgingState?.Trim().ToUpperInvariant();
        if (user.IsSecretariat())
        {
            return actorType == PledgeVocabulary.State
                ? new(actorType, state ?? throw new InvalidInputException("pledgingState", ValidationText.Get("Required")), null)
                : new(actorType, null, named ?? throw new InvalidInputException("actorName", ValidationText.Get("Required")));
        }
        return actorType == PledgeVocabulary.State ? new(actorType, state ?? user.StateIso3(), null) : new(actorType, null, named ?? user.Organisation());
    }
}
