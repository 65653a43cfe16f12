using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// An author's edit of a practice waiting for review or for their changes. An edit after changes were requested
/// sends it back to the secretariat (changes-requested → submitted).
/// </summary>
public sealed class EditPractice(InputValidator validator, PracticeAccess access, PracticeHistory history, PracticeQueries queries)
{
    /// <summary>What changes (only the fields sent). Who carried out the practice cannot change.</summary>
    public sealed record Input : PracticeFields, IValidatableObject
    {
        /// <summary>Not accepted: who carried out the practice cannot change; submit a new one.</summary>
        public string? Organisation { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Organisation is not null)
            {
                yield return new(ValidationText.Get("OrganisationFixed"), [nameof(Organisation)]);
            }
            foreach (var problem in PeriodProblems())
            {
                yield return problem;
            }
        }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/{id:guid}", async Task<Ok<PracticeOutput>> (
            Guid id, Input input, ClaimsPrincipal user, EditPractice edit, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var practice = await edit.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct);
            return Versioning.OkWithETag(response, practice, practice.Version);
        }).WithName("EditPractice")
            .WithSummary("Edit a practice while it is submitted or has changes requested (send If-Match); the latter resubmits it")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ReadsIfMatch();

    public async Task<PracticeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var practice = await access.LoadForEditAsync(user, id, expectedVersion, cancellationToken);
        practice.EnsureEditable();
        PracticeRules.Apply(practice, input);
        if (practice.Resubmit(history.Actor, history.Now) is { } step)
        {
            history.AddStep(step);
        }
        await history.SaveAsync(practice, "edited", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
