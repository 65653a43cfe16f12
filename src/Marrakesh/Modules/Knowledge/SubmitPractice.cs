using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// Submits a practice for review. Stakeholders (UN entities among them) submit for their own organisation, focal
/// points for their State's government, the secretariat for anyone it names.
/// </summary>
public sealed class SubmitPractice(
    AppDbContext db, InputValidator validator, Guard guard, StatesContract states, PracticeHistory history, PracticeQueries queries)
{
    /// <summary>A new practice: what it says, and who carried it out.</summary>
    public sealed record Input : PracticeFields, ICreatingInput, IValidatableObject
    {
        /// <summary>
        /// The organisation that carried it out (at most 200 characters). A stakeholder submits for its own organisation,
        /// a focal point for its State (either may leave it out; naming another organisation is 403); the secretariat
        /// names it.
        /// </summary>
        [TextLength(PracticeRules.OrganisationMax)]
        public string? Organisation { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => PeriodProblems();
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/", async Task<Created<PracticeOutput>> (Input input, ClaimsPrincipal user, SubmitPractice submit, HttpResponse response, CancellationToken ct) =>
        {
            var practice = await submit.ExecuteAsync(user, input, ct);
            response.Headers.ETag = Versioning.ETagOf(practice.Version);
            return TypedResults.Created($"/api/practices/{practice.Id}", practice);
        }).WithName("SubmitPractice").WithSummary("Submit a practice for the secretariat's review");

    public async Task<PracticeOutput> ExecuteAsync(ClaimsPrincipal user, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var (organisation, type, ownerState, ownerOrganisation) = await OwnerAsync(user, input, cancellationToken);
        var practice = new Practice
        {
            Id = Guid.NewGuid(),
            Title = "",
            Summary = "",
            Body = "",
            Language = "en",
            Organisation = organisation,
            OrganisationType = type,
            AuthorId = user.Id() ?? throw new ForbiddenException("Sign in to submit a practice."),
            OwnerState = ownerState,
            OwnerOrganisation = ownerOrganisation,
            CreatedAt = history.Now,
        };
        PracticeRules.Apply(practice, input);
        db.Set<Practice>().Add(practice);
        history.AddStep(new PracticeStep { PracticeId = practice.Id, From = null, To = practice.Status, Actor = history.Actor, At = history.Now });
        await history.SaveAsync(practice, "submitted", reason: null, cancellationToken);
        return await queries.GetAsync(user, practice.Id, cancellationToken);
    }

    private async Task<(string Organisation, string Type, string? State, string? OwnerOrganisation)> OwnerAsync(
        ClaimsPrincipal user, Input input, CancellationToken cancellationToken)
    {
        var named = input.Organisation?.Trim() is { Length: > 0 } name ? name : null;
        var type = OneOfAttribute.Canonical(input.OrganisationType, PracticeRules.OrganisationTypes);
        var author = await AuthorOfAsync(user, named, cancellationToken);
        await guard.RequireAsync(user, author, KnowledgePermissions.SubmitPracticeAs);
        if (user.IsSecretariat())
        {
            return (author.Organisation!, type ?? "other", null, null);
        }
        if (author.State is { } state)
        {
            return (await states.NameAsync(state, cancellationToken), type ?? "government", state, null);
        }
        // A stakeholder's practice carries its organisation's name as the account holds it.
        var organisation = user.Organisation()!;
        return (organisation, type ?? "other", null, organisation);
    }

    /// <summary>
    /// In whose name the practice would be submitted: as the secretariat names it; a focal point's State (naming the
    /// State itself, or no one); otherwise the organisation named, or the caller's own. A focal point naming another
    /// body (<c>"IOM"</c>) asks to submit in that organisation's name, which the permission refuses with 403.
    /// </summary>
    private async Task<PracticeBy> AuthorOfAsync(ClaimsPrincipal user, string? named, CancellationToken cancellationToken)
    {
        if (user.IsSecretariat())
        {
            return new(null, named ?? throw new InvalidInputException("organisation", ValidationText.Get("Required")));
        }
        if (user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() is { } state
            && (named is null || string.Equals(named, await states.NameAsync(state, cancellationToken), StringComparison.OrdinalIgnoreCase)))
        {
            return new(state, null);
        }
        return new(null, named ?? user.Organisation());
    }
}
