using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>Changes a draft review, or amends a published one with a reason; sections, when sent, replace all sections.</summary>
public sealed class ChangeReview(AppDbContext db, InputValidator validator, ReviewAccess access)
{
    /// <summary>What changes (only the fields sent) and, for a published review, why. A review's State cannot change.</summary>
    public sealed record Input : ReviewFields, IValidatableObject
    {
        /// <summary>Not accepted: a review's State cannot change.</summary>
        public string? State { get; init; }

        /// <summary>Required to change a published review: the change becomes a new version with this reason (at most 1,000 characters).</summary>
        [TextLength(ReviewRules.ReasonMax, MultiLine = true)]
        public string? Reason { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
            State is null ? SectionProblems() : SectionProblems().Append(new ValidationResult(ValidationText.Get("ReviewStateFixed"), [nameof(State)]));
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/reviews/{id:guid}", async Task<Ok<ReviewOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ChangeReview change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var review = await change.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct);
            return Versioning.OkWithETag(response, review, review.Version);
        }).WithName("ChangeReview").WithSummary("Change a draft review, or amend a published one with a reason (send If-Match)")
            .ReadsIfMatch();

    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.EnsureEditable(input.Reason);
        var sections = await access.SectionsOfAsync(id, cancellationToken);
        if (input.Sections is not null)
        {
            var replacing = input.SectionsOf(review.Id);
            db.Set<ReviewSection>().RemoveRange(await db.Set<ReviewSection>().Where(s => s.ReviewId == id).ToListAsync(cancellationToken));
            db.Set<ReviewSection>().AddRange(replacing);
            sections = replacing;
        }
        if (input.Consulted is not null)
        {
            review.Consulted = input.ConsultedNames();
        }
        return review.IsPublic
            ? await access.SaveAsync(review, sections, "amended", cancellationToken, input.Reason!.Trim())
            : await access.SaveAsync(review, sections, "updated", cancellationToken);
    }
}
