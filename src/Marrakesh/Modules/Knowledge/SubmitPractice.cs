using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// Submits a practice for review. Stakeholders (UN entities among them) submit for their own organisation, focal
/// points for their State's government, the secretariat for anyone it names.
/// </summary>
public sealed class SubmitPractice(AppDbContext db, PracticeRules rules, StatesContract states, RecordHistory history, IAuditActor actor, PracticeQueries queries)
{
    public const string Kind = "practice";

    public async Task<PracticeOutput> ExecuteAsync(ClaimsPrincipal user, PracticeInput input, CancellationToken cancellationToken)
    {
        var (organisation, type, ownerState, ownerOrganisation) = await OwnerAsync(user, input, cancellationToken);
        foreach (var (value, field) in new[] { (input.Title, "title"), (input.Summary, "summary"), (input.Body, "body") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidInputException(field, "This field is required.");
            }
        }
        if (input.Objectives is null)
        {
            throw new InvalidInputException("objectives", "Name at least one objective the practice serves.");
        }
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
        await rules.ApplyAsync(practice, input with { OrganisationType = null }, cancellationToken);
        db.Set<Practice>().Add(practice);
        db.Set<PracticeStep>().Add(new PracticeStep { PracticeId = practice.Id, From = null, To = practice.Status, Actor = actor.Name, At = history.Now });
        await history.SaveAsync(practice, Kind, () => PracticeSummaryOutput.From(practice), "submitted", reason: null, cancellationToken);
        return await queries.GetAsync(user, practice.Id, cancellationToken);
    }

    private async Task<(string Organisation, string Type, string? State, string? OwnerOrganisation)> OwnerAsync(
        ClaimsPrincipal user, PracticeInput input, CancellationToken cancellationToken)
    {
        var named = InputText.Trimmed(input.Organisation, "organisation", 200);
        var type = input.OrganisationType is null ? null : OneOfAttribute.Require(input.OrganisationType.Trim(), PracticeRules.OrganisationTypes, "organisationType");
        if (user.IsSecretariat())
        {
            return (named ?? throw new InvalidInputException("organisation", "Say which organisation carried out the practice."), type ?? "other", null, null);
        }
        if (user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() is { } state)
        {
            // A ministry or agency may be named; the practice belongs to the State either way.
            return (named ?? await states.NameAsync(state, cancellationToken), type ?? "government", state, null);
        }
        if (user.IsInRole(Roles.Stakeholder) && user.Organisation() is { } organisation)
        {
            if (named is not null && !string.Equals(named, organisation, StringComparison.OrdinalIgnoreCase))
            {
                throw new ForbiddenException($"You submit practices in the name of {organisation} only.");
            }
            return (organisation, type ?? "other", null, organisation);
        }
        throw new ForbiddenException("Practices are submitted by stakeholders (UN entities included), State focal points and the secretariat.");
    }
}
