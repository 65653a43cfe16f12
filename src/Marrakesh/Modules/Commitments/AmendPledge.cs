using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Amends a pledge: the pledge changes in place and the change becomes a new version with its reason,
/// so raising 100 to 150 shows one pledge of 150 with its history, never two pledges.
/// </summary>
public sealed class AmendPledge(AppDbContext db, InputValidator validator, PledgeAccess access, PledgeRules rules, RecordHistory history, PledgeQueries queries)
{
    /// <summary>What changes (only the fields sent; an empty text clears an optional one), and why. Who pledges cannot change.</summary>
    public sealed record Input : PledgeFields, IValidatableObject
    {
        /// <summary>Not accepted: who pledges cannot change.</summary>
        public string? ActorType { get; init; }

        /// <summary>Not accepted: who pledges cannot change.</summary>
        public string? ActorName { get; init; }

        /// <summary>Not accepted: who pledges cannot change.</summary>
        public string? PledgingState { get; init; }

        /// <summary>Why the pledge changes (1 to 1,000 characters).</summary>
        [RequiredField, TextLength(1000, MultiLine = true)]
        public string? Reason { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
            new (string? Value, string Field)[] { (ActorType, nameof(ActorType)), (ActorName, nameof(ActorName)), (PledgingState, nameof(PledgingState)) }
                .Where(f => f.Value is not null)
                .Select(f => new ValidationResult(ValidationText.Get("PledgerFixed"), [f.Field]));
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/{id:guid}", async Task<Ok<PledgeOutput>> (
            Guid id, Input input, ClaimsPrincipal user, AmendPledge amend, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        
            Versioning.OkWithETag(response, await amend.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct))).WithName("AmendPledge").WithSummary("Amend a pledge with a reason (send If-Match)")
            .ProducesVersionProblems();

    public async Task<PledgeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var pledge = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        pledge.EnsureOpen();
        await rules.ApplyAsync(pledge, input, cancellationToken);
        await PledgeObjectiveIndex.SyncAsync(db, pledge, cancellationToken);
        await history.SaveAsync(pledge, MakePledge.Kind, () => PledgeOutput.From(pledge), "amended", input.Reason!.Trim(), cancellationToken);
        return await queries.GetAsync(id, user, cancellationToken);
    }
}
